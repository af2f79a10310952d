// SPDX-License-Identifier: MIT
#include "importtext.h"

#include <QList>

namespace runledger {

namespace {

QString substitute(const QString& text, const QList<QString>& args) {
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString importText(const char* source, std::initializer_list<QString> args) {
    return substitute(QCoreApplication::translate("ImportText", source), QList<QString>(args));
}

std::string importReason(const char* source, std::initializer_list<std::string_view> args) {
    QList<QString> qargs;
    qargs.reserve(static_cast<qsizetype>(args.size()));
    for (const std::string_view a : args)
        qargs << QString::fromUtf8(a.data(), static_cast<qsizetype>(a.size()));
    return substitute(QCoreApplication::translate("ImportText", source), qargs).toStdString();
}

} // namespace runledger

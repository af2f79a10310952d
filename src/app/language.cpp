// SPDX-License-Identifier: MIT
#include "language.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace runledger {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
} // namespace

QList<Language::Choice> Language::choices() {
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QLocale Language::localeFor(const QString& code) {
    // LANG=C (or unset) reads as US English, which puts the dollar first.
    const QLocale system = QLocale::system().language() == QLocale::C
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale wanted(code);
    return wanted.language() == system.language() ? system : wanted;
}

bool Language::apply(const QString& code) {
    for (auto* t : {&g_app, &g_qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // English has a catalogue too, for its plural forms ("1 run", "2 runs");
    // a code Qt does not know gives the C locale, which reads English.
    const QLocale catalogue = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(catalogue, QStringLiteral("runledger"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(app.get());
    g_app = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(catalogue, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    return true;
}

} // namespace runledger

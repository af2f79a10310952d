// SPDX-License-Identifier: MIT
#include "textescape.h"

namespace runledger {

namespace {

bool isBidiControl(char16_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString hex(char16_t c, int digits) {
    return QString::number(c, 16).rightJustified(digits, QLatin1Char('0'));
}

} // namespace

QString terminalSafe(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'\t')
            out += QLatin1String("\\t");
        else if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c < 0x20 || c == 0x7F)
            out += QLatin1String("\\x") + hex(c, 2);
        else if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c))
            out += QLatin1String("\\u") + hex(c, 4);
        else
            out += qc;
    }
    return out;
}

QString markdownInline(const QString& text) {
    QString flat = text;
    flat.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (const char16_t c : {u'\r', u'\n', u'\t'})
        flat.replace(QChar(c), QLatin1Char(' '));
    const QString visible = terminalSafe(flat);
    QString out;
    out.reserve(visible.size() + 8);
    for (const QChar c : visible) {
        switch (c.unicode()) {
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'~':
        case u'[':
        case u']':
        case u'(':
        case u')':
        case u'!':
        case u'|':
        case u'#':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace runledger

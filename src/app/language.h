// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace runledger {

// The user interface languages and the translators that provide them: the
// app's own catalogue (embedded under :/i18n) and Qt's (qtbase, for standard
// dialogs and buttons), plus the default QLocale that formats numbers, money
// and dates.
class Language {
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    struct Choice {
        QString code; // empty: the system's language
        QString name; // in its own language, "Deutsch"
    };
    static QList<Choice> choices();

    // The locale for a code: the system locale when the code is empty or the
    // system already speaks that language (keeping its territory), else the
    // language's main locale.
    static QLocale localeFor(const QString& code);

    // Replaces the installed translators and the default locale. Returns
    // false when the app has no catalogue for the locale's language; the
    // text then stays English.
    static bool apply(const QString& code);
};

} // namespace runledger

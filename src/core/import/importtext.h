// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <string>
#include <string_view>

namespace runledger {

// What the importer says to people: the reasons for rejected lines, notes and
// file errors. Sources are English, marked with
// QT_TRANSLATE_NOOP("ImportText", ...) for lupdate, and translated when the
// text is made through the translators the application installed: the
// desktop app's language, English in runledger-cli. A reason is stored as
// made (rejected_lines) and exported as shown.
//
// %1...%9 in the source are replaced by the arguments in one pass, so an
// argument that itself contains "%2" stays as it is.
std::string importReason(const char* source, std::initializer_list<std::string_view> args = {});
QString importText(const char* source, std::initializer_list<QString> args = {});

} // namespace runledger

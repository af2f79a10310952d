// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace runledger {

// Text read from logs, metadata or file names is untrusted: it may hold
// terminal escape sequences, markup or reordering characters. These functions
// are the one place where such text is made safe for each kind of output.

// For a terminal or any plain-text output meant for a person: C0 controls and
// DEL written as \t, \n, \r or \xHH; C1 controls (U+0080 to U+009F) and the
// bidirectional embedding, override and isolate characters (U+202A to U+202E,
// U+2066 to U+2069) written as \uHHHH. Everything else is kept.
QString terminalSafe(const QString& text);

// For inline Markdown (a heading, a paragraph or a table cell): line breaks and
// tabs become spaces, other controls are written as terminalSafe() writes them,
// `<`, `>` and `&` become HTML entities, and the characters that could start a
// link, image, emphasis, code span, heading or cell (\ ` * _ ~ [ ] ( ) ! | #)
// are escaped with a backslash. The result renders as the text itself.
QString markdownInline(const QString& text);

} // namespace runledger

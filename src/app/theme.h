// SPDX-License-Identifier: MIT
#pragma once

#include "settings/appsettings.h"

namespace runledger {

// Applies the chosen theme to the application: Fusion with a light or dark
// palette, or the platform's own style and palette for System. Widgets that
// draw with palette colours (the charts included) follow on PaletteChange.
void applyTheme(Theme theme);

} // namespace runledger

// SPDX-License-Identifier: MIT
#include "views/lazyview.h"

namespace runledger {

void LazyView::refresh() {
    m_dirty = false;
    reload();
}

void LazyView::invalidate() {
    m_dirty = true;
    if (isVisible())
        refresh();
}

void LazyView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

} // namespace runledger

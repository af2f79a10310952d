// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace runledger {

// A view that does its work only when seen: invalidate() after new data or a
// new context reloads at once if the view is shown, else when it is next shown,
// so typing in the run browser or importing does not query for hidden tabs.
class LazyView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Reload now, shown or not.
    void refresh();
    // New data or context: reload now if shown, else when next shown.
    void invalidate();

protected:
    // Queries and redraws; called by refresh().
    virtual void reload() = 0;
    void showEvent(QShowEvent* event) override;

private:
    bool m_dirty = true;
};

} // namespace runledger

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/WrappedLabelHeight.h"

#include <algorithm>

#include <QEvent>
#include <QLabel>

namespace ovop::ui {

namespace {

const char* const BaseHeightProperty = "wrappedBaseHeight";

void fit(QLabel* label)
{
    const int width = label->width();
    if (width <= 1)
        return;
    const int base = label->property(BaseHeightProperty).toInt();
    const int height = std::max(base, label->text().isEmpty() ? 0 : label->heightForWidth(width));
    if (height != label->minimumHeight() || height != label->maximumHeight()) {
        label->setMinimumHeight(height);
        label->setMaximumHeight(height > 0 ? height : QWIDGETSIZE_MAX);
    }
}

class HeightKeeper : public QObject
{
public:
    explicit HeightKeeper(QLabel* label) : QObject(label), m_label(label) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_label && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
            fit(m_label);
        return false;
    }

private:
    QLabel* m_label;
};

} // namespace

void fitWrappedLabelHeight(QLabel* label)
{
    if (label->property(BaseHeightProperty).isValid()) {
        fit(label); // already kept: its text changed
        return;
    }
    label->setProperty(BaseHeightProperty, label->minimumHeight());
    label->installEventFilter(new HeightKeeper(label));
    // A minimum width makes the layout ask for the text's width again, not its widest word.
    if (label->minimumWidth() == 0)
        label->setMinimumWidth(1);
}

} // namespace ovop::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "catalog/WrappedLabelHeight.h"

#include <algorithm>

#include <QEvent>
#include <QLabel>

namespace ovop::ui {

namespace {

const char* const FitProperty = "fitsWrappedHeight";
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
    label->installEventFilter(new HeightKeeper(label));
    label->setProperty(FitProperty, true);
    label->setProperty(BaseHeightProperty, label->minimumHeight());
    // A width of one pixel makes the layout ask for the text's width again, not its widest word.
    label->setMinimumWidth(1);
}

void refitWrappedLabels(QWidget* root)
{
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels)
        if (label->property(FitProperty).toBool())
            fit(label);
}

} // namespace ovop::ui

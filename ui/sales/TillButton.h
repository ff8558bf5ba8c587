// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QPushButton>

class QAction;
class QLabel;

namespace ovop::ui {

// A large till button for an action: its title, wrapped at word boundaries when the button is
// narrow (Kyrgyz and Russian titles run long), and under it the key that does the same. It takes no
// focus, so that a touch on it leaves the focus in the scan field; it follows its action's text,
// tool tip and enabled state.
class TillButton : public QPushButton
{
    Q_OBJECT

public:
    // keyText: the key as shown ("F4", "Enter"); empty: the action's shortcut.
    explicit TillButton(QAction* action, const QString& keyText = {}, QWidget* parent = nullptr);

    QString title() const;
    QString keyText() const;
    void setKeyText(const QString& keyText);

    // Whether the whole text, key included, is shown (a test of the layout).
    bool textFits() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    void update();

    QAction* m_action;
    QString m_keyText;
    QLabel* m_label;
};

} // namespace ovop::ui

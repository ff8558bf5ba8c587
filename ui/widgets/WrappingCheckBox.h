// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace ovop::ui {

// A check box whose text wraps onto several lines (Kyrgyz and Russian run long); clicking the
// text toggles the box, as with a plain QCheckBox.
class WrappingCheckBox : public QWidget
{
    Q_OBJECT

public:
    explicit WrappingCheckBox(QWidget* parent = nullptr);

    bool isChecked() const;
    void setChecked(bool checked);
    void setText(const QString& text);
    QString text() const;
    QCheckBox* checkBox() const { return m_box; }

Q_SIGNALS:
    void toggled(bool checked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QCheckBox* m_box;
    QLabel* m_label;
};

} // namespace ovop::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QWidget>

#include "ui/documents/QrSymbol.h"

namespace ovop::ui {

// A QR code as large as its square room allows, for a customer's phone to read from the screen.
class QrView : public QWidget
{
    Q_OBJECT

public:
    explicit QrView(QWidget* parent = nullptr);

    // The text to encode; empty shows nothing. False when it cannot be encoded.
    bool setText(const QString& text);
    const QString& text() const { return m_text; }
    bool hasSymbol() const { return m_symbol.has_value(); }

    QSize sizeHint() const override { return {260, 260}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    std::optional<QrSymbol> m_symbol;
};

} // namespace ovop::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include "models/core/Result.h"

class QPainter;

namespace ovop::ui {

// A QR code (libqrencode, error correction level M) kept as its grid of modules.
class QrSymbol
{
    Q_DECLARE_TR_FUNCTIONS(QrSymbol)

public:
    // The white border a reader needs around the symbol, in modules (ISO/IEC 18004).
    static constexpr int QuietZone = 4;

    // Encodes the text as UTF-8; refuses an empty text or one too long for a QR code.
    static Result<QrSymbol> encode(const QString& text);

    // Modules per side, without the quiet zone.
    int modules() const { return m_modules; }
    // Modules per side with the quiet zone on every side.
    int modulesWithQuietZone() const { return m_modules + 2 * QuietZone; }
    bool isDark(int x, int y) const { return m_dark.at(y * m_modules + x) != 0; }

    // Paints the symbol, quiet zone included, filling the square `area` (white background, black modules).
    void paint(QPainter& painter, const QRectF& area) const;

private:
    QrSymbol() = default;

    int m_modules = 0;
    QByteArray m_dark; // row by row, 1 for a dark module
};

} // namespace ovop::ui

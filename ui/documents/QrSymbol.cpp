// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/documents/QrSymbol.h"

#include <cerrno>
#include <cstring>
#include <memory>

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

namespace ovop::ui {

namespace {
struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
} // namespace

Result<QrSymbol> QrSymbol::encode(const QString& text)
{
    if (text.isEmpty())
        return Error{tr("The product code for the QR code is empty.")};
    if (text.contains(QChar(0)))
        return Error{tr("The product code for the QR code contains a NUL character.")};
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return Error{tr("The text \"%1\" is too long for a QR code.").arg(text)};
        return Error{tr("Could not make the QR code for \"%1\".").arg(text), QString::fromLocal8Bit(strerror(errno))};
    }
    QrSymbol symbol;
    symbol.m_modules = code->width;
    symbol.m_dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < symbol.m_dark.size(); ++i)
        symbol.m_dark[i] = char(code->data[i] & 1);
    return symbol;
}

void QrSymbol::paint(QPainter& painter, const QRectF& area) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(area, Qt::white);
    const qreal module = qMin(area.width(), area.height()) / modulesWithQuietZone();
    const QPointF origin = area.topLeft() + QPointF(QuietZone * module, QuietZone * module);
    // Dark runs of each row as rectangles in one path: no seams between neighbouring modules.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_modules; ++y) {
        for (int x = 0; x < m_modules;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_modules && isDark(x, y))
                ++x;
            dark.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.setBrush(Qt::black);
    painter.drawPath(dark);
    painter.restore();
}

} // namespace ovop::ui

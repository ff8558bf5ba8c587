// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/QrView.h"

#include <algorithm>

#include <QPainter>

namespace ovop::ui {

QrView::QrView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrView"));
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

bool QrView::setText(const QString& text)
{
    m_text = text;
    m_symbol.reset();
    bool ok = true;
    if (!text.isEmpty()) {
        auto symbol = QrSymbol::encode(text);
        ok = symbol.ok();
        if (ok)
            m_symbol = symbol.value();
    }
    update();
    return ok;
}

void QrView::paintEvent(QPaintEvent*)
{
    if (!m_symbol)
        return;
    QPainter painter(this);
    const int side = std::min(width(), height());
    // Whole pixels per module keep the modules sharp for the phone's camera.
    const int modules = m_symbol->modulesWithQuietZone();
    const int drawn = std::max(1, side / modules) * modules;
    const QRectF area((width() - drawn) / 2, (height() - drawn) / 2, drawn, drawn);
    m_symbol->paint(painter, area);
}

} // namespace ovop::ui

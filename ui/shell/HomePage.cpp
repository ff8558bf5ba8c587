// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/HomePage.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/settings/ShopSettings.h"
#include "ui/shell/Pages.h"
#include "models/store/Database.h"

namespace ovop::ui {

namespace {
QLabel* label(QWidget* parent, const char* role = nullptr)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    if (role)
        l->setProperty("role", QString::fromLatin1(role));
    return l;
}
} // namespace

HomePage::HomePage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("homePage"));
    m_welcome = label(this, "heading");
    m_welcome->setObjectName(QStringLiteral("homeWelcome"));
    m_welcome->setTextFormat(Qt::PlainText);

    auto* card = new QFrame(this);
    card->setProperty("role", QStringLiteral("card"));
    m_who = label(card);
    m_who->setObjectName(QStringLiteral("homeWho"));
    m_pagesHeading = label(card, "subheading");
    m_pagesHeading->setTextFormat(Qt::PlainText);
    m_pagesText = label(card);
    m_pagesText->setObjectName(QStringLiteral("homePages"));
    m_keysHeading = label(card, "subheading");
    m_keysHeading->setTextFormat(Qt::PlainText);
    m_keysText = label(card);
    m_keysText->setObjectName(QStringLiteral("homeKeys"));

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_who);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_pagesHeading);
    cardLayout->addWidget(m_pagesText);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_keysHeading);
    cardLayout->addWidget(m_keysText);

    // The card scrolls when a role's pages do not fit on a small screen.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("homeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inside = new QWidget(scroll);
    inside->setObjectName(QStringLiteral("homeInside"));
    auto* insideLayout = new QVBoxLayout(inside);
    insideLayout->setContentsMargins(0, 0, 0, 0);
    insideLayout->addWidget(card);
    insideLayout->addStretch(1);
    scroll->setWidget(inside);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(m_welcome);
    layout->addWidget(scroll, 1);

    reload();
}

void HomePage::setPages(const QStringList& keys)
{
    m_pages = keys;
    retranslateUi();
}

void HomePage::reload()
{
    const auto settings = SettingsService(m_db).load();
    // Settings that cannot be read are not "not set": the reason is shown instead.
    m_readError = settings ? QString() : settings.message();
    const ShopSettings shown = settings ? settings.value() : ShopSettings();
    m_shopCode = shown.shopCode;
    m_shopName = shown.shopName;
    m_address = shown.address;
    m_device = shown.deviceId;
    retranslateUi();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    m_welcome->setText(tr("Welcome, %1").arg(m_session.displayName()));

    auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td style='padding:4px 16px 4px 0'>%1</td><td style='padding:4px 0'><b>%2</b></td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString shop = m_shopCode;
    if (!m_shopName.isEmpty())
        shop += QStringLiteral(" — ") + m_shopName;
    QString who = QStringLiteral("<table>");
    who += row(tr("User"), m_session.userName);
    who += row(tr("Role"), Roles::displayName(m_session.role));
    if (!m_readError.isEmpty()) {
        who += row(tr("Shop"), m_readError);
    } else {
        who += row(tr("Shop"), shop.isEmpty() ? tr("not set") : shop);
        if (!m_address.isEmpty())
            who += row(tr("Address"), m_address);
        who += row(tr("Device"), m_device.isEmpty() ? tr("not set") : m_device);
    }
    who += QStringLiteral("</table>");
    m_who->setText(who);

    m_pagesHeading->setText(tr("Your pages"));
    if (m_pages.isEmpty()) {
        m_pagesText->setText(tr("Your role (%1) has no work pages in this version of the application. "
                                "Log out when you have finished.")
                                 .arg(Roles::displayName(m_session.role))
                                 .toHtmlEscaped());
    } else {
        QString list = QStringLiteral("<ul style='margin:0'>");
        for (const QString& key : m_pages)
            list += QStringLiteral("<li><b>%1</b> — %2</li>")
                        .arg(Pages::title(key).toHtmlEscaped(), Pages::description(key).toHtmlEscaped());
        m_pagesText->setText(list + QStringLiteral("</ul>"));
    }

    m_keysHeading->setText(tr("Keyboard"));
    QString keys = QStringLiteral("<table>");
    QStringList names;
    for (const QString& code : Language::codes())
        names << Language::nativeName(code);
    const QString languages = names.join(QStringLiteral(", "));
    keys += row(QStringLiteral("Ctrl+L"), tr("Log out"));
    keys += row(QStringLiteral("F9"), tr("Next language (%1)").arg(languages));
    keys += QStringLiteral("</table>");
    m_keysText->setText(keys);
}

} // namespace ovop::ui

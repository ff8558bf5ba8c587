// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/LoginWindow.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <QButtonGroup>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"
#include "ui/shell/LanguageSwitch.h"
#include "models/store/Database.h"
#include "ui/widgets/BackgroundWork.h"
#include "ui/widgets/PinPad.h"

namespace ovop::ui {

namespace {
const char* const LastUserKey = "login/lastUser";

QFrame* card(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setProperty("role", QStringLiteral("card"));
    return frame;
}
} // namespace

LoginWindow::LoginWindow(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("loginWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setMinimumSize(760, 560);

    m_title = new QLabel(this);
    m_title->setProperty("role", QStringLiteral("heading"));
    m_shop = new QLabel(this);
    m_shop->setObjectName(QStringLiteral("loginShop"));
    m_shop->setProperty("role", QStringLiteral("subheading"));
    m_languages = new LanguageSwitch(this);
    connect(m_languages, &LanguageSwitch::languageChosen, this, &LoginWindow::switchLanguage);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/ovop/icons/ovop-shop-128.png")).pixmap(QSize(64, 64)));
    logo->setFixedSize(72, 72);
    logo->setAlignment(Qt::AlignCenter);
    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(logo, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_shop);
    top->addLayout(titles, 1);
    top->addWidget(m_languages, 0, Qt::AlignTop);

    // Who is working.
    auto* usersCard = card(this);
    m_usersHeading = new QLabel(usersCard);
    m_usersHeading->setProperty("role", QStringLiteral("subheading"));
    m_noUsers = new QLabel(usersCard);
    m_noUsers->setWordWrap(true);
    m_noUsers->setProperty("role", QStringLiteral("hint"));
    m_userBox = new QWidget;
    m_userBox->setObjectName(QStringLiteral("userList"));
    m_userLayout = new QVBoxLayout(m_userBox);
    m_userLayout->setContentsMargins(0, 0, 4, 0);
    m_userLayout->setSpacing(8);
    m_userLayout->addStretch(1);
    auto* scroll = new QScrollArea(usersCard);
    scroll->viewport()->setAutoFillBackground(false);
    scroll->setWidget(m_userBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_userGroup = new QButtonGroup(this);
    m_userGroup->setExclusive(true);
    auto* usersLayout = new QVBoxLayout(usersCard);
    usersLayout->setContentsMargins(20, 20, 20, 20);
    usersLayout->setSpacing(12);
    usersLayout->addWidget(m_usersHeading);
    usersLayout->addWidget(m_noUsers);
    usersLayout->addWidget(scroll, 1);

    // The PIN.
    auto* pinCard = card(this);
    m_pinHeading = new QLabel(pinCard);
    m_pinHeading->setObjectName(QStringLiteral("pinHeading"));
    m_pinHeading->setProperty("role", QStringLiteral("subheading"));
    m_pinHeading->setWordWrap(true);
    m_pinPad = new PinPad(pinCard);
    connect(m_pinPad, &PinPad::submitted, this, &LoginWindow::submit);
    connect(m_pinPad, &PinPad::edited, this, [this] {
        // Digits typed before a user is chosen are not kept: the screen asks for the user first.
        if (m_selected.isEmpty() && !m_pinPad->pin().isEmpty()) {
            m_pinPad->clear();
            askForUserFirst();
        }
    });
    m_unlockTimer = new QTimer(this);
    m_unlockTimer->setSingleShot(true);
    connect(m_unlockTimer, &QTimer::timeout, this, [this] {
        if (!m_checking)
            reload();
    });
    m_login = new QPushButton(pinCard);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setProperty("role", QStringLiteral("primary"));
    m_login->setFocusPolicy(Qt::NoFocus);
    m_login->setMinimumHeight(56);
    connect(m_login, &QPushButton::clicked, this, &LoginWindow::submit);
    m_hint = new QLabel(pinCard);
    m_hint->setProperty("role", QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    auto* pinLayout = new QVBoxLayout(pinCard);
    pinLayout->setContentsMargins(20, 20, 20, 20);
    pinLayout->setSpacing(12);
    pinLayout->addWidget(m_pinHeading);
    pinLayout->addWidget(m_pinPad, 1);
    pinLayout->addWidget(m_login);
    pinLayout->addWidget(m_hint);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(20);
    cards->addWidget(usersCard, 1);
    cards->addWidget(pinCard, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(20);
    layout->addLayout(top);
    layout->addLayout(cards, 1);

    auto* next = new QShortcut(QKeySequence(Qt::Key_F9), this);
    connect(next, &QShortcut::activated, this,
            [this] { switchLanguage(LanguageSwitch::nextLanguage(Language::current())); });

    reload();
    retranslateUi();
}

void LoginWindow::reload()
{
    for (QPushButton* button : std::as_const(m_userButtons)) {
        m_userGroup->removeButton(button);
        delete button;
    }
    m_userButtons.clear();
    const auto settings = SettingsService(m_db).load();
    m_shopName = settings ? settings->shopName : QString();
    m_shopError = settings ? QString() : settings.message();

    const auto active = UserService(m_db).loginChoices();
    // Users that cannot be read are not "no users": the hint shows the reason instead.
    m_readError = active ? QString() : active.message();
    m_choices.clear();
    QStringList names;
    QDateTime nextUnlock;
    for (const LoginChoice& choice : active ? active.value() : QList<LoginChoice>()) {
        const QString name = choice.name;
        names << name;
        m_choices.insert(name, choice);
        if (choice.lockedUntil.isValid() && (!nextUnlock.isValid() || choice.lockedUntil < nextUnlock))
            nextUnlock = choice.lockedUntil;
        auto* button = new QPushButton(m_userBox);
        button->setObjectName(QStringLiteral("userButton_") + name);
        button->setCheckable(true);
        button->setProperty("role", QStringLiteral("user"));
        button->setMinimumHeight(64);
        button->setAccessibleName(choice.fullName.isEmpty() ? name : choice.fullName);
        // The full name as people call the user, the login name smaller under it.
        auto* fullName = new QLabel(choice.fullName.isEmpty() ? name : choice.fullName, button);
        fullName->setObjectName(QStringLiteral("userFullName"));
        fullName->setProperty("role", QStringLiteral("userFullName"));
        auto* login = new QLabel(button);
        login->setObjectName(QStringLiteral("userLoginName"));
        login->setProperty("role", QStringLiteral("hint"));
        QFont small = login->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        login->setFont(small);
        auto* lines = new QVBoxLayout(button);
        lines->setContentsMargins(16, 6, 16, 6);
        lines->setSpacing(0);
        lines->addWidget(fullName);
        lines->addWidget(login);
        for (QLabel* label : {fullName, login})
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
        // Light text on the dark background of the chosen user.
        connect(button, &QPushButton::toggled, this, [fullName, login](bool checked) {
            for (QLabel* label : {fullName, login}) {
                label->setProperty("onDark", checked);
                label->style()->unpolish(label);
                label->style()->polish(label);
            }
        });
        button->installEventFilter(this);
        m_userGroup->addButton(button);
        m_userButtons.insert(name, button);
        m_userLayout->insertWidget(m_userLayout->count() - 1, button);
        connect(button, &QPushButton::clicked, this, [this, name] { selectUser(name); });
    }
    // A lock that ends is lifted on the screen too.
    if (nextUnlock.isValid())
        m_unlockTimer->start(
            int(std::clamp<qint64>(m_db.now().msecsTo(nextUnlock) + 1000, 1000, qint64(24) * 3600 * 1000)));
    else
        m_unlockTimer->stop();
    m_noUsers->setVisible(names.isEmpty());

    QString preferred = m_selected;
    if (!m_userButtons.contains(preferred))
        preferred = QSettings().value(QLatin1String(LastUserKey)).toString();
    if (!m_userButtons.contains(preferred))
        preferred = names.size() == 1 ? names.first() : QString();
    m_selected.clear();
    if (!preferred.isEmpty())
        selectUser(preferred);
    else
        updateSelection();
    m_pinPad->clear();
    m_pinPad->setError(QString());
    retranslateUi();
}

void LoginWindow::selectUser(const QString& name)
{
    if (!m_userButtons.contains(name))
        return;
    if (m_selected != name) {
        m_pinPad->clear();
        m_pinPad->setError(QString());
    }
    m_selected = name;
    m_userButtons.value(name)->setChecked(true);
    updateSelection();
    m_pinPad->focusField();
}

void LoginWindow::askForUserFirst()
{
    m_pinPad->setError(tr("Choose your name in the list first, then type your PIN."));
}

QString LoginWindow::displayName(const QString& name) const
{
    const LoginChoice choice = m_choices.value(name);
    return choice.fullName.isEmpty() ? name : choice.fullName;
}

void LoginWindow::updateSelection()
{
    const LoginChoice selected = m_choices.value(m_selected);
    const bool locked = selected.lockedUntil.isValid();
    // Without a user the pad still takes keys, so that a PIN typed too early is answered.
    m_pinPad->setEnabled(!m_checking && !locked);
    m_login->setEnabled(!m_checking && !m_selected.isEmpty() && !locked);
    for (auto it = m_userButtons.cbegin(); it != m_userButtons.cend(); ++it) {
        it.value()->setEnabled(!m_checking);
        const LoginChoice c = m_choices.value(it.key());
        if (auto* login = it.value()->findChild<QLabel*>(QStringLiteral("userLoginName")))
            login->setText(c.lockedUntil.isValid()
                               ? tr("%1 · locked until %2").arg(it.key(), UserService::lockEndText(c.lockedUntil))
                               : it.key());
    }
    m_pinHeading->setText(m_selected.isEmpty() ? tr("Choose your name first")
                                               : tr("PIN for %1").arg(displayName(m_selected)));
    if (locked)
        m_pinPad->setError(UserService::lockedMessage(m_selected, selected.lockedUntil));
}

void LoginWindow::submit()
{
    if (m_checking)
        return;
    if (m_selected.isEmpty()) {
        askForUserFirst();
        return;
    }
    if (m_choices.value(m_selected).lockedUntil.isValid()) {
        updateSelection();
        return;
    }
    if (m_pinPad->pin().isEmpty()) {
        m_pinPad->setError(tr("Type your PIN, then press Enter or \"Log in\"."));
        m_pinPad->focusField();
        return;
    }
    // The PIN check (Argon2id) takes a noticeable moment: it runs on a worker thread with a database
    // connection of its own, while the window shows that it is checking and stays alive.
    const QString name = m_selected;
    const QString pin = m_pinPad->pin();
    m_pinPad->clear();
    m_checking = true;
    updateSelection();
    m_pinPad->setBusy(tr("Checking the PIN…"));
    Q_EMIT checkingChanged(true);
    auto outcome = std::make_shared<std::optional<Result<Session>>>();
    QFutureWatcher<WorkOutcome> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<WorkOutcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(runWithOwnDatabase(m_db, [name, pin, outcome](Database& db, const ImportProgress&) {
        outcome->emplace(UserService(db).login(name, pin));
        return WorkOutcome{true, QString()};
    }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    const WorkOutcome work = watcher.future().resultCount() > 0 ? watcher.result() : WorkOutcome{};
    m_checking = false;
    m_pinPad->setBusy(QString());
    Q_EMIT checkingChanged(false);

    if (!outcome->has_value()) {
        updateSelection();
        m_pinPad->setError(work.message);
        return;
    }
    const Result<Session>& session = **outcome;
    if (!session) {
        const QString message = session.message();
        reload(); // a lock that just began shows on the user's button
        selectUser(name);
        if (!m_pinPad->error().isEmpty() && m_choices.value(name).lockedUntil.isValid())
            return;
        m_pinPad->setError(message);
        m_pinPad->focusField();
        return;
    }
    updateSelection();
    m_pinPad->setError(QString());
    QSettings().setValue(QLatin1String(LastUserKey), m_selected);
    Q_EMIT loggedIn(session.value());
}

void LoginWindow::switchLanguage(const QString& code)
{
    if (!Language::isValid(code))
        return;
    if (code != Language::current())
        Language::install(code);
    LanguageSwitch::rememberLanguage(code);
    m_languages->setCurrent(code);
}

bool LoginWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Digits, Backspace, Enter and Esc typed while a user button has the focus go to the PIN.
    if (event->type() == QEvent::KeyPress && qobject_cast<QPushButton*>(watched)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter) {
            for (auto it = m_userButtons.cbegin(); it != m_userButtons.cend(); ++it) {
                if (it.value() == watched && it.key() != m_selected) {
                    selectUser(it.key());
                    return true;
                }
            }
        }
        if (m_selected.isEmpty() && key->text().size() == 1 && key->text().at(0).isDigit()) {
            askForUserFirst();
            return true;
        }
        if (!m_selected.isEmpty() && m_pinPad->handleKey(key->key(), key->text())) {
            m_pinPad->focusField();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LoginWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_selected.isEmpty())
        m_pinPad->focusField();
}

void LoginWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LoginWindow::retranslateUi()
{
    setWindowTitle(tr("OVOP shop — log in"));
    m_title->setText(tr("OVOP shop"));
    // The shop's name, or why it cannot be read.
    m_shop->setText(m_shopError.isEmpty() ? m_shopName : m_shopError);
    m_shop->setVisible(!m_shop->text().isEmpty());
    m_shop->setProperty("role", m_shopError.isEmpty() ? QStringLiteral("subheading") : QStringLiteral("error"));
    m_shop->style()->unpolish(m_shop);
    m_shop->style()->polish(m_shop);
    m_languages->setCurrent(Language::current());
    m_usersHeading->setText(tr("Who is working?"));
    if (m_readError.isEmpty())
        m_noUsers->setText(tr("There are no active users in this database. Create the first administrator with "
                              "\"ovopctl init\", or ask an administrator to enable your account."));
    else
        m_noUsers->setText(m_readError);
    m_noUsers->setProperty("role", m_readError.isEmpty() ? QStringLiteral("hint") : QStringLiteral("error"));
    m_noUsers->style()->unpolish(m_noUsers);
    m_noUsers->style()->polish(m_noUsers);
    m_login->setText(tr("Log in"));
    m_hint->setText(tr("Type the PIN with the keyboard or the pad. Enter logs in, Esc clears, "
                       "F9 switches the language."));
    updateSelection();
}

} // namespace ovop::ui

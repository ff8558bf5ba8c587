// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/people/AddUserDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "ui/widgets/FieldError.h"

namespace ovop::ui {

namespace {
QLineEdit* pinEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(16);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
    return edit;
}
} // namespace

AddUserDialog::AddUserDialog(Database& db, const Session& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setMinimumWidth(720);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setProperty("role", QStringLiteral("hint"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("userFullName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("userRole"));
    for (Role role : {Role::Cashier, Role::Manager, Role::Admin})
        m_role->addItem(QString(), int(role));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("userLanguage"));
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_pin = pinEdit(this, "userPin");
    m_pinAgain = pinEdit(this, "userPinAgain");

    m_nameError = new FieldError(nullptr, this);
    m_fullNameError = new FieldError(nullptr, this);
    m_roleError = new FieldError(nullptr, this);
    m_languageError = new FieldError(nullptr, this);
    m_pinError = new FieldError(nullptr, this);
    m_pinAgainError = new FieldError(nullptr, this);
    m_nameError->setObjectName(QStringLiteral("userNameError"));
    m_fullNameError->setObjectName(QStringLiteral("userFullNameError"));
    m_languageError->setObjectName(QStringLiteral("userLanguageError"));
    m_pinError->setObjectName(QStringLiteral("userPinError"));
    m_pinAgainError->setObjectName(QStringLiteral("userPinAgainError"));

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setVerticalSpacing(10);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->addRow(FieldError::rowLabel(m_name), FieldError::wrap(m_name, m_nameError));
    m_form->addRow(FieldError::rowLabel(m_fullName), FieldError::wrap(m_fullName, m_fullNameError));
    m_form->addRow(FieldError::rowLabel(m_role), FieldError::wrap(m_role, m_roleError));
    m_form->addRow(FieldError::rowLabel(m_language), FieldError::wrap(m_language, m_languageError));
    m_form->addRow(FieldError::rowLabel(m_pin), FieldError::wrap(m_pin, m_pinError));
    m_form->addRow(FieldError::rowLabel(m_pinAgain), FieldError::wrap(m_pinAgain, m_pinAgainError));

    // A button of our own for the action: the box would rename a standard Ok button to "OK"
    // whenever the language changes.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_ok->setProperty("role", QStringLiteral("primary"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    // Each message has its place kept under its field, so that messages appearing or going never move
    // the fields or grow the dialog: as many lines as its longest message takes in Russian or Kyrgyz
    // (the name's rules four, the PINs' two, the others one); a longer one shows whole as a tooltip.
    m_nameError->ensurePolished();
    const int line = m_nameError->fontMetrics().lineSpacing();
    const QList<std::pair<FieldError*, int>> lines = {{m_nameError, 4},     {m_fullNameError, 1}, {m_roleError, 1},
                                                      {m_languageError, 1}, {m_pinError, 2},      {m_pinAgainError, 2}};
    for (const auto& [error, count] : lines) {
        QSizePolicy policy = error->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        error->setSizePolicy(policy);
        error->setFixedHeight(count * line + 2);
        error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    // Each label beside its field, not beside the field and its message.
    for (QWidget* field :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_fullName), static_cast<QWidget*>(m_role),
          static_cast<QWidget*>(m_language), static_cast<QWidget*>(m_pin), static_cast<QWidget*>(m_pinAgain)})
        if (QWidget* label = m_form->labelForField(field->parentWidget()))
            label->setMaximumHeight(44);
    retranslateUi();
}

void AddUserDialog::clearErrors()
{
    for (FieldError* error :
         {m_nameError, m_fullNameError, m_roleError, m_languageError, m_pinError, m_pinAgainError}) {
        error->clearError();
        error->setToolTip(QString());
    }
}

void AddUserDialog::showProblems(const FieldProblems& problems)
{
    // Every refused field at once, each message beside its field; the first refused field gets the focus.
    const QList<std::pair<QString, std::pair<FieldError*, QWidget*>>> fields = {
        {QStringLiteral("name"), {m_nameError, m_name}}, {QStringLiteral("full_name"), {m_fullNameError, m_fullName}},
        {QStringLiteral("role"), {m_roleError, m_role}}, {QStringLiteral("language"), {m_languageError, m_language}},
        {QStringLiteral("pin"), {m_pinError, m_pin}},    {QStringLiteral("pin_again"), {m_pinAgainError, m_pinAgain}},
    };
    QWidget* focus = nullptr;
    for (const auto& [key, pair] : fields) {
        QStringList messages;
        for (const FieldProblem& p : problems)
            if (p.field == key || (key == QLatin1String("full_name") && p.field == QLatin1String("fullName")))
                messages << p.message;
        if (messages.isEmpty())
            continue;
        pair.first->showError(messages.join(QLatin1Char(' ')));
        pair.first->setToolTip(messages.join(QLatin1Char('\n')));
        if (!focus)
            focus = pair.second;
    }
    if (focus)
        focus->setFocus();
}

void AddUserDialog::submit()
{
    clearErrors();
    NewUser user;
    user.name = m_name->text().trimmed();
    user.fullName = m_fullName->text().trimmed();
    user.role = Role(m_role->currentData().toInt());
    user.language = m_language->currentData().toString();
    user.pin = m_pin->text();

    FieldProblems problems;
    if (auto valid = UserService::validate(user); !valid)
        problems = valid.error().problems;
    if (m_pinAgain->text() != user.pin && UserService::validatePin(user.pin)) {
        problems.append({QStringLiteral("pin_again"), tr("The two PINs differ. Type the same PIN twice.")});
        m_pinAgain->clear();
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    auto added = UserService(m_db).add(m_actor, user);
    if (!added) {
        // The service names the refused field when it can; a refusal of no field is shown at the name.
        problems = added.error().problems;
        if (problems.isEmpty())
            problems.append({QStringLiteral("name"), added.message()});
        showProblems(problems);
        return;
    }
    m_added = added.value();
    accept();
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add a user"));
    m_intro->setText(tr("The new user logs in with their name and a PIN of 4 to 8 digits."));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field->parentWidget())))
            l->setText(text);
    };
    label(m_name, tr("Login name"));
    label(m_fullName, tr("Full name"));
    label(m_role, tr("Role"));
    label(m_language, tr("Language"));
    label(m_pin, tr("PIN"));
    label(m_pinAgain, tr("PIN again"));
    m_name->setPlaceholderText(tr("e.g. aigul"));
    m_fullName->setPlaceholderText(tr("e.g. Aigul Toktogulova"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, Roles::displayName(Role(m_role->itemData(i).toInt())));
    m_ok->setText(tr("Add user"));
}

} // namespace ovop::ui

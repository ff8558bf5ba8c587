// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/ProducerService.h"

#include <QJsonObject>
#include <QRegularExpression>

#include "models/audit/AuditLog.h"
#include "models/catalog/ProducerStore.h"
#include "models/catalog/SearchText.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

constexpr int MaxCodeLength = 24;
constexpr int MaxNameLength = 200;

QJsonObject identity(const Producer& p)
{
    return QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("producer_id"), p.id}};
}

} // namespace

ProducerService::ProducerService(Database& db) : m_db(db) {}

Result<QList<Producer>> ProducerService::list(const Session& actor, const ProducerFilter& filter) const
{
    if (!actor.can(Permission::ViewCatalog))
        return Roles::refusal(Permission::ViewCatalog);
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    if (filter.state == ProducerFilter::State::Active)
        where << QStringLiteral("pr.active = 1");
    else if (filter.state == ProducerFilter::State::Archived)
        where << QStringLiteral("pr.active = 0");
    if (filter.womenLedOnly)
        where << QStringLiteral("pr.women_led = 1");
    if (!filter.villageId.isEmpty()) {
        where << QStringLiteral("pr.village_id = :village");
        binds.append({QStringLiteral(":village"), filter.villageId});
    }
    if (!filter.oblastId.isEmpty()) {
        where << QStringLiteral("v.oblast_id = :oblast");
        binds.append({QStringLiteral(":oblast"), filter.oblastId});
    }
    QString sql = ProducerStore::selectSql();
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY pr.name, pr.code");
    SqlQuery q(m_db.sql(), sql);
    for (const auto& [placeholder, value] : binds)
        q.bind(placeholder, value);
    if (auto done = q.exec(); !done)
        return done.error();
    const QDate today = m_db.now().date();
    QList<Producer> out;
    while (q.next()) {
        Producer p = ProducerStore::readProducer(q);
        if (filter.overdueOnly && !p.visitOverdue(today))
            continue;
        if (!filter.search.trimmed().isEmpty() &&
            !SearchText::matchesPrefixes(filter.search, QStringList{p.code, p.name, p.villageName.ky, p.villageName.ru,
                                                                    p.villageName.en}
                                                            .join(QLatin1Char(' '))))
            continue;
        out << std::move(p);
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<Producer> ProducerService::get(const Session& actor, const QString& code) const
{
    if (!actor.can(Permission::ViewCatalog))
        return Roles::refusal(Permission::ViewCatalog);
    auto p = ProducerStore(m_db).loadByCode(code);
    if (!p)
        return p.error();
    if (*p)
        return **p;
    return Error{tr("There is no producer with the code %1.").arg(code.trimmed()), {}, {}, ErrorKind::NotFound};
}

Result<Producer> ProducerService::getById(const Session& actor, const QString& id) const
{
    if (!actor.can(Permission::ViewCatalog))
        return Roles::refusal(Permission::ViewCatalog);
    auto p = ProducerStore(m_db).loadById(id);
    if (!p)
        return p.error();
    if (*p)
        return **p;
    return Error{tr("The producer was not found; it may have been removed."), {}, {}, ErrorKind::NotFound};
}

Result<int> ProducerService::overdueCount(const QDate& today) const
{
    // Dates are stored as ISO text, which orders like the dates themselves.
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT count(*) FROM producers WHERE active = 1 AND "
                                          "(last_visit_date IS NULL OR last_visit_date < :limit)"));
    q.bind(QStringLiteral(":limit"), today.addMonths(-Producer::VisitIntervalMonths).toString(Qt::ISODate));
    if (auto done = q.exec(); !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> ProducerService::overdueCount() const
{
    return overdueCount(m_db.now().date());
}

Status ProducerService::validate(const Producer& producer) const
{
    namespace F = ProducerField;
    const Producer p = ProducerStore::normalised(producer);
    FieldProblems problems;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (p.code.isEmpty()) {
        problems << FieldProblem{F::Code, tr("Enter the producer's code (for example BOS-01).")};
    } else if (p.code.size() > MaxCodeLength || !codePattern.match(p.code).hasMatch()) {
        problems << FieldProblem{F::Code, tr("The code \"%1\" may hold only Latin letters, digits and - _ . and at "
                                             "most %2 characters.").arg(p.code).arg(MaxCodeLength)};
    } else if (auto other = ProducerStore(m_db).loadByCode(p.code); !other) {
        return other.error(); // not a problem of the code: the register could not be read
    } else if (*other && (*other)->id != p.id) {
        problems << FieldProblem{
            F::Code,
            tr("The code %1 is already used by the producer %2. Choose another code.").arg(p.code, (*other)->name)};
    }
    if (p.name.isEmpty())
        problems << FieldProblem{F::Name, tr("Enter the producer's name.")};
    else if (p.name.size() > MaxNameLength)
        problems << FieldProblem{F::Name, tr("The name is longer than %1 characters; shorten it.").arg(MaxNameLength)};

    if (p.villageId.isEmpty()) {
        problems << FieldProblem{F::Village, tr("Choose the village the producer lives and works in.")};
    } else if (auto exists = ProducerStore(m_db).villageExists(p.villageId); !exists) {
        return exists.error();
    } else if (!*exists) {
        problems << FieldProblem{F::Village, tr("The chosen village is not in the list of villages. Choose it "
                                                "again or add it in Settings.")};
    }
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()-]{5,20}$"));
    if (!p.phone.isEmpty() && !phonePattern.match(p.phone).hasMatch())
        problems << FieldProblem{F::Phone, tr("The phone number \"%1\" is not valid: use digits, spaces, - and an "
                                              "optional leading + (for example +996 555 123 456).").arg(p.phone)};
    if (p.members < 1)
        problems << FieldProblem{F::Members, tr("The number of members must be at least 1.")};
    if (p.women < 0)
        problems << FieldProblem{F::Women, tr("The number of women cannot be negative.")};
    else if (p.women > p.members)
        problems << FieldProblem{F::Women, tr("The number of women (%1) cannot be more than the number of members "
                                              "(%2).").arg(p.women).arg(p.members)};
    if (p.commissionBasisPoints < 0 || p.commissionBasisPoints > 10000)
        problems << FieldProblem{F::Commission, tr("The commission must be between 0% and 100%.")};

    const QDate today = m_db.now().date();
    if (p.lastVisitDate.isValid() && p.lastVisitDate > today)
        problems << FieldProblem{F::LastVisitDate, tr("The date of the last visit is in the future.")};
    if (p.childLabourCheckDate.isValid() && p.childLabourCheckDate > today)
        problems << FieldProblem{F::ChildLabourCheckDate, tr("The date of the child-labour check is in the future.")};
    if (p.certificateDate.isValid() && p.certificateDate > today)
        problems << FieldProblem{F::CertificateDate, tr("The certificate date is in the future.")};
    if (problems.isEmpty())
        return {};
    return problems;
}

Result<Producer> ProducerService::save(const Session& actor, const Producer& input, NewWithId newWithId)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    Producer p = ProducerStore::normalised(input);
    ProducerStore store(m_db);
    // What the change depends on is read inside the unit of work.
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    std::optional<Producer> before;
    if (!p.id.isEmpty()) {
        auto stored = store.loadById(p.id);
        if (!stored)
            return stored.error();
        if (*stored)
            before = std::move(stored).value();
        else if (newWithId == NewWithId::Refuse)
            return Error{tr("The producer was not found; it may have been removed. Nothing was saved."),
                         {},
                         {},
                         ErrorKind::NotFound};
    }
    if (auto valid = validate(p); !valid)
        return valid.error();

    AuditLog audit(m_db);
    if (before) {
        const QJsonObject changes = ProducerStore::changes(*before, p);
        if (changes.isEmpty())
            return *before;
        if (auto done = store.write(p, &*before); !done)
            return done.error();
        QJsonObject details = identity(p);
        details.insert(QStringLiteral("changes"), changes);
        if (auto done = audit.append(&actor, QStringLiteral("producer.change"), details); !done)
            return done.error();
    } else {
        if (auto done = store.write(p, nullptr); !done)
            return done.error();
        QJsonObject details = identity(p);
        details.insert(QStringLiteral("fields"), ProducerStore::fieldValues(p));
        if (auto done = audit.append(&actor, QStringLiteral("producer.add"), details); !done)
            return done.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    if (auto saved = store.loadById(p.id); saved && *saved)
        return **saved;
    return p;
}

Status ProducerService::archive(const Session& actor, const QString& code)
{
    return setActive(actor, code, false);
}

Status ProducerService::reactivate(const Session& actor, const QString& code)
{
    return setActive(actor, code, true);
}

Status ProducerService::setActive(const Session& actor, const QString& code, bool active)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    ProducerStore store(m_db);
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    auto found = store.loadByCode(code);
    if (!found)
        return found.error();
    const std::optional<Producer>& p = *found;
    if (!p)
        return Error{tr("There is no producer with the code %1.").arg(code.trimmed()), {}, {}, ErrorKind::NotFound};
    if (p->active == active)
        return Error{active ? tr("The producer %1 is not archived.").arg(p->code)
                            : tr("The producer %1 is already archived.").arg(p->code),
                     {},
                     {},
                     ErrorKind::Conflict};
    Producer changed = *p;
    changed.active = active;
    if (auto done = store.write(changed, &*p); !done)
        return done;
    AuditLog audit(m_db);
    if (auto done = active ? audit.append(&actor, QStringLiteral("producer.reactivate"), identity(changed))
                           : audit.append(&actor, QStringLiteral("producer.archive"), identity(changed));
        !done)
        return done;
    return tx.commit();
}

} // namespace ovop

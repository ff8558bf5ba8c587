// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/Fiscal.h"

#include <QUrl>
#include <QUrlQuery>

#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

const QString Sale = QStringLiteral("sale");
const QString Return = QStringLiteral("return");

QDateTime storedDateTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

FiscalStatus::State stateOf(const QVariant& status)
{
    if (status.isNull())
        return FiscalStatus::State::NotSent;
    return status.toString() == QLatin1String("sent") ? FiscalStatus::State::Sent : FiscalStatus::State::Failed;
}

// Columns 0-2: type, id, receipt; 3-8: the last attempt's status, fiscal number, register number,
// QR payload, fiscal time, error; 9: the number of attempts.
FiscalStatus statusFrom(const SqlQuery& q)
{
    FiscalStatus s;
    s.documentType = q.value(0).toString();
    s.documentId = q.value(1).toString();
    s.receipt = q.value(2).toString();
    s.state = stateOf(q.value(3));
    s.fiscalNumber = q.value(4).toString();
    s.registerNumber = q.value(5).toString();
    s.qrPayload = q.value(6).toString();
    s.fiscalAt = storedDateTime(q.value(7));
    s.error = q.value(8).toString();
    s.attempts = q.value(9).toInt();
    return s;
}

const QString LastAttempt = QStringLiteral(
    "a.status, a.fiscal_number, a.register_number, a.qr_payload, a.fiscal_at, a.error, "
    "(SELECT count(*) FROM fiscal_attempts c WHERE c.document_id = d.id) FROM %1 d "
    "LEFT JOIN fiscal_attempts a ON a.seq = (SELECT max(m.seq) FROM fiscal_attempts m WHERE m.document_id = d.id) ");

} // namespace

SimulatedRegister::SimulatedRegister(QString deviceId, qint64 firstNumber, const Clock& clock)
    : m_deviceId(std::move(deviceId)), m_next(firstNumber), m_clock(clock),
      m_failing(qEnvironmentVariable("OVOP_FISCAL_SIMULATE") == QLatin1String("fail"))
{
}

Result<std::unique_ptr<SimulatedRegister>> SimulatedRegister::forTill(Database& db)
{
    auto simulated = std::make_unique<SimulatedRegister>(db.origin().deviceId, 1, db.clock());
    SqlQuery q(db.sql(), QStringLiteral("SELECT coalesce(max(CAST(fiscal_number AS INTEGER)), 0) FROM fiscal_attempts "
                                        "WHERE status = 'sent' AND register_number = :register"));
    q.bind(QStringLiteral(":register"), simulated->registerNumber());
    if (auto done = q.exec(); !done)
        return done.error();
    if (q.next())
        simulated->m_next = q.value(0).toLongLong() + 1;
    if (auto done = q.finished(); !done)
        return done.error(); // never number from 1 again because the numbers could not be read
    return simulated;
}

QString SimulatedRegister::name() const
{
    return tr("Simulated fiscal register");
}

QString SimulatedRegister::registerNumber() const
{
    return QStringLiteral("SIM-") + m_deviceId;
}

Result<FiscalAnswer> SimulatedRegister::submit(const FiscalDocument& document)
{
    if (m_failing)
        return Error{tr("The fiscal register did not answer. The receipt stays unsent; send it again later."),
                     document.documentId,
                     {},
                     ErrorKind::Storage};
    FiscalAnswer answer;
    answer.fiscalNumber = QString::number(m_next++);
    answer.registerNumber = registerNumber();
    answer.at = m_clock.now();
    // Like the tax service's check link; the .invalid domain keeps it from ever pointing anywhere.
    QUrl link(QStringLiteral("https://check.simulated-register.invalid/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("rn"), answer.registerNumber);
    query.addQueryItem(QStringLiteral("fn"), answer.fiscalNumber);
    query.addQueryItem(QStringLiteral("receipt"), document.receipt);
    query.addQueryItem(QStringLiteral("type"), document.documentType);
    query.addQueryItem(QStringLiteral("sum"), document.total.toPlainString(QStringLiteral("en")));
    query.addQueryItem(QStringLiteral("t"), answer.at.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")));
    link.setQuery(query);
    answer.qrPayload = link.toString(QUrl::FullyEncoded);
    return answer;
}

QString FiscalStatus::stateKey(State state)
{
    switch (state) {
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NotSent:
        break;
    }
    return QStringLiteral("not_sent");
}

FiscalService::FiscalService(Database& db, FiscalRegister& fiscalRegister) : m_db(db), m_register(fiscalRegister) {}

Status FiscalService::send(const QString& documentType, const QString& documentId)
{
    if (documentType != Sale && documentType != Return)
        return Error{tr("Only sales and returns are sent to the fiscal register."), documentType};
    // The register may take long to answer: no write lock may be held while it does.
    if (Transaction::isOpen(m_db.sql()))
        return Error{tr("The receipt cannot be sent to the fiscal register before the sale is saved."),
                     QStringLiteral("FiscalService::send inside a transaction"),
                     {},
                     ErrorKind::Storage};

    auto current = status(documentId);
    if (!current)
        return current.error();
    if (current->documentType != documentType)
        return Error{tr("The receipt was not found."), documentId, {}, ErrorKind::NotFound};
    if (current->state == FiscalStatus::State::Sent)
        return {}; // never registered twice

    FiscalDocument document{documentType, documentId, current->receipt, {}, {}};
    {
        SqlQuery q(m_db.sql(), documentType == Sale ? QStringLiteral("SELECT total, at FROM sales WHERE id = :id")
                                                    : QStringLiteral("SELECT total, at FROM returns WHERE id = :id"));
        q.bind(QStringLiteral(":id"), documentId);
        if (auto done = q.exec(); !done)
            return done.error();
        if (!q.next())
            return Error{tr("The receipt was not found."), documentId, {}, ErrorKind::NotFound};
        document.total = Money::fromTyiyn(q.value(0).toLongLong());
        document.at = storedDateTime(q.value(1));
    }

    const Result<FiscalAnswer> answer = m_register.submit(document);

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    const QString now = m_db.storedNow();
    SqlQuery insert(
        m_db.sql(),
        QStringLiteral("INSERT INTO fiscal_attempts (id, document_type, document_id, status, fiscal_number, "
                       "register_number, qr_payload, fiscal_at, error, at, created_at, origin_shop, "
                       "origin_device) VALUES (:id, :type, :document, :status, :fiscal, :register, :qr, "
                       ":fiscal_at, :error, :at, :created, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), m_db.newId())
        .bind(QStringLiteral(":type"), documentType)
        .bind(QStringLiteral(":document"), documentId)
        .bind(QStringLiteral(":status"), answer ? QStringLiteral("sent") : QStringLiteral("failed"))
        .bind(QStringLiteral(":fiscal"), SqlQuery::text(answer ? answer->fiscalNumber : QString()))
        .bind(QStringLiteral(":register"), SqlQuery::text(answer ? answer->registerNumber : QString()))
        .bind(QStringLiteral(":qr"), SqlQuery::text(answer ? answer->qrPayload : QString()))
        .bind(QStringLiteral(":fiscal_at"), answer ? QVariant(storedTime(answer->at)) : QVariant())
        .bind(QStringLiteral(":error"), SqlQuery::text(answer ? QString() : answer.message()))
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":created"), now)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done;
    if (!answer)
        return answer.error();
    return {};
}

Result<FiscalStatus> FiscalService::status(const QString& documentId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT d.type, d.id, d.receipt, ") +
                               LastAttempt.arg(QStringLiteral(
                                   "(SELECT 'sale' AS type, id, receipt FROM sales WHERE id = :sale "
                                   "UNION ALL SELECT 'return', id, receipt FROM returns WHERE id = :return)")));
    q.bind(QStringLiteral(":sale"), documentId).bind(QStringLiteral(":return"), documentId);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return Error{tr("The receipt was not found."), documentId, {}, ErrorKind::NotFound};
    }
    return statusFrom(q);
}

Result<QList<FiscalStatus>> FiscalService::list(bool failedOnly) const
{
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT d.type, d.id, d.receipt, ") +
                   LastAttempt.arg(QStringLiteral("(SELECT 'sale' AS type, id, receipt, at, seq FROM sales "
                                                  "WHERE origin_shop = :shop1 AND origin_device = :device1 "
                                                  "UNION ALL SELECT 'return', id, receipt, at, seq FROM returns "
                                                  "WHERE origin_shop = :shop2 AND origin_device = :device2)")) +
                   QStringLiteral("WHERE :all OR a.status IS NULL OR a.status = 'failed' "
                                  "ORDER BY d.at, d.type DESC, d.seq"));
    q.bind(QStringLiteral(":shop1"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device1"), SqlQuery::text(m_db.origin().deviceId))
        .bind(QStringLiteral(":shop2"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device2"), SqlQuery::text(m_db.origin().deviceId))
        .bind(QStringLiteral(":all"), failedOnly ? 0 : 1);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<FiscalStatus> out;
    while (q.next())
        out << statusFrom(q);
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<int> FiscalService::retry()
{
    auto pending = list(true);
    if (!pending)
        return pending.error();
    int sent = 0;
    for (const FiscalStatus& document : pending.value()) {
        const Status done = send(document.documentType, document.documentId);
        if (done) {
            ++sent;
            continue;
        }
        // The register's refusal is recorded and the next document is tried; the database's is not.
        if (auto now = status(document.documentId); !now)
            return now.error();
        else if (now->state != FiscalStatus::State::Failed || now->attempts <= document.attempts)
            return done.error();
    }
    return sent;
}

} // namespace ovop

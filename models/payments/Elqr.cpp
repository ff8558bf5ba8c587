// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/payments/Elqr.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUrl>

namespace ovop {

namespace {

const QString Version = QStringLiteral("00");
const QString Type = QStringLiteral("01");
const QString Service = QStringLiteral("32");
const QString Merchant = QStringLiteral("33");
const QString Currency = QStringLiteral("53");
const QString Amount = QStringLiteral("54");
const QString ProviderName = QStringLiteral("59");
const QString Checksum = QStringLiteral("63");
const QString TransactionId = QStringLiteral("11");

constexpr int MaxProviderName = 25;
constexpr int MaxTransactionId = 32;
constexpr int MaxAmountDigits = 18; // fits a 64-bit number of tyiyn

// The characters of a text as people count them: code points, not UTF-16 units.
qsizetype characters(const QString& text)
{
    return text.toUcs4().size();
}

bool allDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool allHex(const QString& text)
{
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return false;
    return true;
}

// "32/11 (transaction id)": how a message names a field.
QString fieldLabel(const QString& id, const QString& parentId = {})
{
    const QString path = parentId.isEmpty() ? id : parentId + QLatin1Char('/') + id;
    return QStringLiteral("%1 (%2)").arg(path, Elqr::fieldName(id, parentId));
}

// Reads id, length, value triples from the characters of a payload (or of field 32's value).
Result<QList<ElqrField>> readFields(const QList<uint>& chars, const QString& parentId)
{
    auto text = [&chars](qsizetype from, qsizetype count) {
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData() + from), count);
    };
    QList<ElqrField> fields;
    qsizetype pos = 0;
    while (pos < chars.size()) {
        if (chars.size() - pos < 4)
            return Error{Elqr::tr("The ELQR link ends in the middle of a field: \"%1\" is not a whole id and length.")
                             .arg(text(pos, chars.size() - pos))};
        const QString id = text(pos, 2);
        const QString length = text(pos + 2, 2);
        if (!allDigits(id))
            return Error{
                parentId.isEmpty()
                    ? Elqr::tr("\"%1\" is not an ELQR field id: every field starts with two digits.").arg(id)
                    : Elqr::tr("\"%1\" in ELQR field %2 is not a sub-field id: every sub-field starts with two "
                               "digits.")
                          .arg(id, fieldLabel(parentId))};
        if (!allDigits(length))
            return Error{Elqr::tr("The length of ELQR field %1 is not two digits: \"%2\".")
                             .arg(fieldLabel(id, parentId), length)};
        const int count = length.toInt();
        if (pos + 4 + count > chars.size())
            return Error{Elqr::tr("ELQR field %1 is cut short: its length says %2 characters, only %3 follow.")
                             .arg(fieldLabel(id, parentId))
                             .arg(count)
                             .arg(chars.size() - pos - 4)};
        fields.append(ElqrField{id, text(pos + 4, count), {}});
        pos += 4 + count;
    }
    return fields;
}

// Field 32 written from its sub-fields.
void writeService(ElqrField& service)
{
    service.value = Elqr::payload(service.subFields);
}

qsizetype indexOf(const QList<ElqrField>& fields, const QString& id)
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields.at(i).id == id)
            return i;
    return -1;
}

// Replaces the value of the field id, or adds the field before the checksum (or at the end).
ElqrField& setField(QList<ElqrField>& fields, const QString& id, const QString& value)
{
    qsizetype at = indexOf(fields, id);
    if (at < 0) {
        at = indexOf(fields, Checksum);
        if (at < 0)
            at = fields.size();
        fields.insert(at, ElqrField{id, QString(), {}});
    }
    fields[at].value = value;
    return fields[at];
}

} // namespace

const ElqrField* ElqrCode::field(const QString& id) const
{
    for (const ElqrField& f : fields)
        if (f.id == id)
            return &f;
    return nullptr;
}

QString ElqrCode::value(const QString& id) const
{
    const ElqrField* f = field(id);
    return f ? f->value : QString();
}

QString ElqrCode::serviceValue(const QString& subId) const
{
    if (const ElqrField* service = field(Service))
        for (const ElqrField& sub : service->subFields)
            if (sub.id == subId)
                return sub.value;
    return QString();
}

std::optional<Money> ElqrCode::amount() const
{
    const QString text = value(Amount);
    if (!allDigits(text) || text.size() > MaxAmountDigits)
        return std::nullopt;
    return Money::fromTyiyn(text.toLongLong());
}

Result<ElqrCode> Elqr::parse(const QString& input)
{
    const QString link = input.trimmed();
    const qsizetype hash = link.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return Error{tr("This is not an ELQR link: it has no '#' before the payment fields.")};
    ElqrCode code;
    code.prefix = link.left(hash + 1);
    const QString payloadText = QUrl::fromPercentEncoding(link.mid(hash + 1).toUtf8());
    if (payloadText.isEmpty())
        return Error{tr("The ELQR link has no payment fields after '#'.")};
    auto fields = readFields(payloadText.toUcs4(), QString());
    if (!fields)
        return fields.error();
    code.fields = std::move(fields).value();
    for (ElqrField& f : code.fields) {
        if (f.id != Service)
            continue;
        auto subFields = readFields(f.value.toUcs4(), Service);
        if (!subFields)
            return subFields.error();
        f.subFields = std::move(subFields).value();
    }
    return code;
}

Status Elqr::verify(const ElqrCode& code)
{
    QSet<QString> seen;
    for (const ElqrField& f : code.fields) {
        if (seen.contains(f.id))
            return Error{tr("ELQR field %1 appears more than once.").arg(fieldLabel(f.id))};
        seen.insert(f.id);
    }
    for (const QString& id : {Version, Type, Currency, Checksum})
        if (!seen.contains(id))
            return Error{tr("The ELQR link has no field %1.").arg(fieldLabel(id))};
    if (!seen.contains(Service) && !seen.contains(Merchant))
        return Error{
            tr("The ELQR link has neither field %1 nor field %2.").arg(fieldLabel(Service), fieldLabel(Merchant))};

    if (const QString v = code.value(Version); v != QLatin1String("01"))
        return Error{tr("ELQR field %1 must be 01, not \"%2\".").arg(fieldLabel(Version), v)};
    if (const QString t = code.value(Type); t != QLatin1String("11") && t != QLatin1String("12"))
        return Error{tr("ELQR field %1 must be 11 (static) or 12 (dynamic), not \"%2\".").arg(fieldLabel(Type), t)};
    if (const QString c = code.value(Currency); c != QLatin1String("417"))
        return Error{tr("ELQR field %1 must be 417 (som), not \"%2\".").arg(fieldLabel(Currency), c)};
    if (const ElqrField* amount = code.field(Amount);
        amount && (!allDigits(amount->value) || amount->value.size() > MaxAmountDigits))
        return Error{tr("ELQR field %1 must be a whole number of tyiyn in digits, not \"%2\".")
                         .arg(fieldLabel(Amount), amount->value)};
    if (const ElqrField* name = code.field(ProviderName); name && characters(name->value) > MaxProviderName)
        return Error{tr("ELQR field %1 is too long: %2 characters, at most %3.")
                         .arg(fieldLabel(ProviderName))
                         .arg(characters(name->value))
                         .arg(MaxProviderName)};
    if (const QString id = code.transactionId(); characters(id) > MaxTransactionId)
        return Error{tr("ELQR field %1 is too long: %2 characters, at most %3.")
                         .arg(fieldLabel(TransactionId, Service))
                         .arg(characters(id))
                         .arg(MaxTransactionId)};

    const QString given = code.value(Checksum);
    if (given.size() != 4 || !allHex(given))
        return Error{tr("ELQR field %1 must be four hex digits, not \"%2\".").arg(fieldLabel(Checksum), given)};
    const QString expected = checksum(code.fields);
    if (given.compare(expected, Qt::CaseInsensitive) != 0)
        return Error{tr("The ELQR checksum (field 63) does not match the other fields: the link says %1, they give "
                        "%2. The link was changed or copied wrongly.")
                         .arg(given, expected)};
    return {};
}

Status Elqr::verify(const QString& link)
{
    const auto code = parse(link);
    if (!code)
        return code.error();
    return verify(code.value());
}

QString Elqr::checksum(const QList<ElqrField>& fields)
{
    QList<ElqrField> others;
    for (const ElqrField& f : fields)
        if (f.id != Checksum)
            others.append(f);
    const QByteArray digest = QCryptographicHash::hash(payload(others).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().right(4).toUpper());
}

QString Elqr::payload(const QList<ElqrField>& fields)
{
    QString out;
    for (const ElqrField& f : fields)
        out += f.id + QStringLiteral("%1").arg(characters(f.value), 2, 10, QLatin1Char('0')) + f.value;
    return out;
}

QString Elqr::link(const ElqrCode& code)
{
    // Everything that may stand in a URL's fragment stays as it is.
    static const QByteArray keep = QByteArrayLiteral("!$&'()*+,;=:@/?");
    return code.prefix + QString::fromLatin1(QUrl::toPercentEncoding(payload(code.fields), keep));
}

QString Elqr::fieldName(const QString& id, const QString& parentId)
{
    if (parentId == Service) {
        if (id == QLatin1String("00"))
            return tr("provider id");
        if (id == QLatin1String("01"))
            return tr("service code");
        if (id == QLatin1String("10"))
            return tr("recipient id");
        if (id == QLatin1String("11"))
            return tr("transaction id");
        if (id == QLatin1String("12"))
            return tr("amount editable");
        if (id == QLatin1String("13"))
            return tr("recipient editable");
    } else if (parentId.isEmpty()) {
        if (id == Version)
            return tr("format version");
        if (id == Type)
            return tr("type");
        if (id == Service)
            return tr("service");
        if (id == Merchant)
            return tr("merchant");
        if (id == QLatin1String("34"))
            return tr("comment");
        if (id == QLatin1String("52"))
            return tr("merchant category code");
        if (id == Currency)
            return tr("currency");
        if (id == Amount)
            return tr("amount");
        if (id == ProviderName)
            return tr("provider name");
        if (id == Checksum)
            return tr("checksum");
    }
    return tr("field %1").arg(id);
}

Result<QString> Elqr::buildDynamicLink(const QString& link, Money amount, const QString& receiptNumber)
{
    auto parsed = parse(link);
    if (!parsed)
        return parsed.error();
    if (auto s = verify(parsed.value()); !s)
        return s.error();
    if (amount <= Money())
        return Error{tr("The amount of a QR payment must be above zero.")};
    const QString receipt = receiptNumber.trimmed();
    if (receipt.isEmpty())
        return Error{tr("A QR payment needs the receipt number.")};
    if (characters(receipt) > MaxTransactionId)
        return Error{tr("The receipt number is too long for an ELQR link: %1 characters, at most %2.")
                         .arg(characters(receipt))
                         .arg(MaxTransactionId)};

    ElqrCode code = std::move(parsed).value();
    setField(code.fields, Type, QStringLiteral("12"));
    setField(code.fields, Amount, QString::number(amount.tyiyn()));
    ElqrField& service = setField(code.fields, Service, code.value(Service));
    setField(service.subFields, TransactionId, receipt);
    writeService(service);
    setField(code.fields, Checksum, checksum(code.fields));
    return Elqr::link(code);
}

} // namespace ovop

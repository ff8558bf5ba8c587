// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/TransferFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ovop {

const QString TransferFile::TransferFormat = QStringLiteral("ovop-transfer");
const QString TransferFile::ConfirmationFormat = QStringLiteral("ovop-transfer-confirmation");

namespace {

const QString Content = QStringLiteral("content");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// A quantity in thousandths: a whole JSON number.
bool quantityOf(const QJsonObject& o, const char* key, Quantity& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)))
        return false;
    out = Quantity::fromMilli(static_cast<qint64>(d));
    return true;
}

QByteArray wrap(const QString& format, const QJsonObject& content, QString* sha256)
{
    const QString hash = TransferFile::hashOf(content);
    if (sha256)
        *sha256 = hash;
    const QJsonObject file{{QStringLiteral("format"), format},
                           {QStringLiteral("version"), TransferFile::Version},
                           {Content, content},
                           {QStringLiteral("sha256"), hash}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Error damaged(const QString& detail)
{
    return Error{TransferFile::tr("This file is damaged or incomplete: it cannot be read as a transfer. Ask the "
                                  "sending shop for the file again."),
                 detail};
}

} // namespace

QString TransferFile::hashOf(const QJsonObject& content)
{
    // QJsonDocument writes an object's keys in sorted order, so the same content gives the same bytes.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QByteArray TransferFile::toBytes(const TransferDocument& t, QString* sha256)
{
    QJsonArray lines;
    for (const TransferFileLine& l : t.lines)
        lines.append(QJsonObject{
            {QStringLiteral("line"), l.lineNo},
            {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("barcode"), l.barcode},
            {QStringLiteral("name_ky"), l.name.ky},
            {QStringLiteral("name_ru"), l.name.ru},
            {QStringLiteral("name_en"), l.name.en},
            {QStringLiteral("batch"), l.batch},
            {QStringLiteral("expires_on"), l.expiresOn.isValid() ? l.expiresOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("quantity"), l.quantity.milli()},
            {QStringLiteral("unit"), l.unit}});
    const QJsonObject content{{QStringLiteral("transfer_id"), t.transferId},
                              {QStringLiteral("number"), t.number},
                              {QStringLiteral("from_shop"),
                               QJsonObject{{QStringLiteral("code"), t.fromCode}, {QStringLiteral("name"), t.fromName}}},
                              {QStringLiteral("to_shop"), t.toCode},
                              {QStringLiteral("sent_at"), timeText(t.sentAt)},
                              {QStringLiteral("user"), t.user},
                              {QStringLiteral("lines"), lines}};
    return wrap(TransferFormat, content, sha256);
}

QByteArray TransferFile::toBytes(const TransferConfirmation& c, QString* sha256)
{
    QJsonArray lines;
    for (const ConfirmationLine& l : c.lines)
        lines.append(QJsonObject{{QStringLiteral("line"), l.lineNo},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("sent"), l.sent.milli()},
                                 {QStringLiteral("received"), l.received.milli()}});
    const QJsonObject content{{QStringLiteral("transfer_id"), c.transferId},
                              {QStringLiteral("number"), c.number},
                              {QStringLiteral("from_shop"), c.fromCode},
                              {QStringLiteral("to_shop"),
                               QJsonObject{{QStringLiteral("code"), c.toCode}, {QStringLiteral("name"), c.toName}}},
                              {QStringLiteral("received_at"), timeText(c.receivedAt)},
                              {QStringLiteral("user"), c.user},
                              {QStringLiteral("lines"), lines}};
    return wrap(ConfirmationFormat, content, sha256);
}

Result<TransferFile::Contents> TransferFile::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(error.errorString());
    const QJsonObject file = doc.object();
    const QString format = str(file, "format");
    if (format != TransferFormat && format != ConfirmationFormat)
        return Error{tr("This is not a transfer file of a shop (its format is \"%1\").").arg(format)};
    if (file.value(QLatin1String("version")).toInt() != Version)
        return Error{tr("This transfer file was written by another version of the program (version %1); this version "
                        "reads version %2.")
                         .arg(file.value(QLatin1String("version")).toVariant().toString())
                         .arg(Version)};
    const QJsonObject content = file.value(Content).toObject();
    Contents out;
    out.sha256 = hashOf(content);
    if (str(file, "sha256").compare(out.sha256, Qt::CaseInsensitive) != 0)
        return Error{tr("This transfer file was damaged or changed after it was written: its check sum does not match. "
                        "Ask the sending shop for the file again."),
                     QStringLiteral("sha256 %1, content %2").arg(str(file, "sha256"), out.sha256)};

    const QJsonArray lines = content.value(QLatin1String("lines")).toArray();
    if (str(content, "transfer_id").isEmpty() || lines.isEmpty())
        return damaged(QStringLiteral("no transfer id or no lines"));
    if (format == TransferFormat) {
        out.isConfirmation = false;
        TransferDocument& t = out.transfer;
        t.transferId = str(content, "transfer_id");
        t.number = str(content, "number");
        const QJsonObject from = content.value(QLatin1String("from_shop")).toObject();
        t.fromCode = str(from, "code");
        t.fromName = str(from, "name");
        t.toCode = str(content, "to_shop");
        t.sentAt = QDateTime::fromString(str(content, "sent_at"), Qt::ISODateWithMs);
        t.user = str(content, "user");
        for (const QJsonValue& v : lines) {
            const QJsonObject o = v.toObject();
            TransferFileLine l;
            l.lineNo = o.value(QLatin1String("line")).toInt();
            l.productId = str(o, "product_id");
            l.sku = str(o, "sku");
            l.barcode = str(o, "barcode");
            l.name = {str(o, "name_ky"), str(o, "name_ru"), str(o, "name_en")};
            l.batch = str(o, "batch");
            l.expiresOn = QDate::fromString(str(o, "expires_on"), Qt::ISODate);
            l.unit = str(o, "unit");
            if (l.lineNo < 1 || !quantityOf(o, "quantity", l.quantity) || l.quantity.milli() <= 0 ||
                (l.productId.isEmpty() && l.sku.isEmpty()))
                return damaged(QStringLiteral("line %1").arg(l.lineNo));
            t.lines << l;
        }
        if (t.fromCode.isEmpty() || t.toCode.isEmpty())
            return damaged(QStringLiteral("no shop"));
        return out;
    }
    out.isConfirmation = true;
    TransferConfirmation& c = out.confirmation;
    c.transferId = str(content, "transfer_id");
    c.number = str(content, "number");
    c.fromCode = str(content, "from_shop");
    const QJsonObject to = content.value(QLatin1String("to_shop")).toObject();
    c.toCode = str(to, "code");
    c.toName = str(to, "name");
    c.receivedAt = QDateTime::fromString(str(content, "received_at"), Qt::ISODateWithMs);
    c.user = str(content, "user");
    for (const QJsonValue& v : lines) {
        const QJsonObject o = v.toObject();
        ConfirmationLine l;
        l.lineNo = o.value(QLatin1String("line")).toInt();
        l.sku = str(o, "sku");
        if (l.lineNo < 1 || !quantityOf(o, "sent", l.sent) || !quantityOf(o, "received", l.received) ||
            l.received.milli() < 0)
            return damaged(QStringLiteral("line %1").arg(l.lineNo));
        c.lines << l;
    }
    return out;
}

Result<TransferFile::Contents> TransferFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     path,
                     {},
                     file.exists() ? ErrorKind::Storage : ErrorKind::NotFound};
    if (file.size() > MaxFileSize)
        return Error{tr("%1 is too large to be a transfer file.").arg(QFileInfo(path).fileName())};
    return parse(file.readAll());
}

Status TransferFile::write(const QString& path, const QByteArray& bytes, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path))
        return Error{tr("%1 exists already: choose another name.").arg(QFileInfo(path).fileName()),
                     path,
                     {},
                     ErrorKind::Conflict};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     path,
                     {},
                     ErrorKind::Storage};
    return {};
}

} // namespace ovop

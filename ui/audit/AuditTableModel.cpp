// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/audit/AuditTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ovop::ui {

namespace {

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? AuditTableModel::tr("yes") : AuditTableModel::tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isEmpty() ? QStringLiteral("“”") : text;
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return AuditTableModel::detailsText(value.toObject());
    }
    return QString();
}

} // namespace

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const AuditEntry* AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void AuditTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

QString AuditTableModel::detailsText(const QJsonObject& details)
{
    QStringList parts;
    // One changed value: {"key": ..., "old": ..., "new": ...} reads "key: old → new".
    const QLatin1String keyName("key"), oldName("old"), newName("new");
    const bool change = details.value(keyName).isString() && (details.contains(oldName) || details.contains(newName));
    if (change)
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(details.value(keyName).toString(), valueText(details.value(oldName)),
                          valueText(details.value(newName)));
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (change && (it.key() == keyName || it.key() == oldName || it.key() == newName))
            continue;
        const QJsonValue value = it.value();
        if (value.isObject() && (value.toObject().contains(QLatin1String("old")) ||
                                 value.toObject().contains(QLatin1String("new")))) {
            const QJsonObject change = value.toObject();
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(it.key(), valueText(change.value(QLatin1String("old"))),
                              valueText(change.value(QLatin1String("new"))));
        } else {
            parts << QStringLiteral("%1: %2").arg(it.key(), valueText(value));
        }
    }
    return parts.join(QStringLiteral("; "));
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sequence: return e.seq;
        case Time: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        case User: return e.userName.isEmpty() ? tr("system") : e.userName;
        case Action: return AuditLog::actionTitle(e.action);
        case Details: return detailsText(e.details);
        case Origin:
            return e.originDevice.isEmpty() ? e.originShop : QStringLiteral("%1 / %2").arg(e.originShop, e.originDevice);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Sequence: return e.seq;
        case Time: return e.at;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Action)
            return e.action;
        if (index.column() == Details)
            return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sequence: return tr("No.");
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Details: return tr("Details");
    case Origin: return tr("Shop / device");
    default: return {};
    }
}

} // namespace ovop::ui

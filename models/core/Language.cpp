// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/core/Language.h"

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ovop {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString& currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}
} // namespace

QStringList Language::codes()
{
    return {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")};
}

bool Language::isValid(const QString& code)
{
    return codes().contains(code);
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("ky"))
        return QStringLiteral("Кыргызча");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

bool Language::install(const QString& code)
{
    if (!isValid(code))
        return false;
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    auto add = [](const QString& file, const QString& dir) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, dir)) {
            QCoreApplication::installTranslator(translator.get());
            installed().push_back(std::move(translator));
        }
    };
    // Qt's own strings: Debian's qtbase_ru; our own Kyrgyz, since Qt ships none.
    if (code == QLatin1String("ru"))
        add(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    else if (code == QLatin1String("ky")) {
        add(QStringLiteral("qt_ky"), QStringLiteral(":/i18n"));
        add(QStringLiteral("qt_extra_ky"), QStringLiteral(":/i18n"));
    }
    add(QStringLiteral("ovop_") + code, QStringLiteral(":/i18n"));
    currentCode() = code;
    QLocale::setDefault(code == QLatin1String("ky")   ? QLocale(QLocale::Kyrgyz, QLocale::Kyrgyzstan)
                        : code == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Kyrgyzstan)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}

QString Language::current()
{
    return currentCode();
}

QString Language::quoted(const QString& text, const QString& language)
{
    if (language == QLatin1String("en"))
        return QChar(0x201C) + text + QChar(0x201D);
    return QChar(0x00AB) + text + QChar(0x00BB);
}

} // namespace ovop

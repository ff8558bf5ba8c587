<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
</context>
<context>
    <name>AdjustmentReasons</name>
    <message>
        <source>Damaged</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Утеря</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Образец</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>AdjustmentService</name>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>Примечание длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>Say in the note why the stock is corrected.</source>
        <translation>Укажите в примечании причину корректировки остатка.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>Количество не может быть нулём.</translation>
    </message>
    <message>
        <source>Damaged, lost goods and samples leave the shop: the quantity must be negative.</source>
        <translation>Брак, утеря и образцы уменьшают остаток: количество должно быть отрицательным.</translation>
    </message>
    <message>
        <source>Goods found come into the shop: the quantity must be positive.</source>
        <translation>Найденный товар увеличивает остаток: количество должно быть положительным.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар не найден; возможно, он удалён.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: leave the batch empty.</source>
        <translation>%1 не учитывается по партиям: оставьте партию пустой.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: say which batch.</source>
        <translation>%1 учитывается по партиям: укажите партию.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is on hand: the correction cannot take %3.</source>
        <translation>%2: в наличии только %1, корректировка не может списать %3.</translation>
    </message>
    <message>
        <source>More than is on hand.</source>
        <translation>Больше, чем есть в наличии.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Shop database created</source>
        <translation>Создана база данных магазина</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <source>User locked after wrong PINs</source>
        <translation>Пользователь заблокирован после неверных PIN-кодов</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Пользователь добавлен</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пользователь отключён</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пользователь включён</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-код сброшен</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Язык изменён</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Настройка изменена</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Создана резервная копия</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>База данных восстановлена из резервной копии</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Товар добавлен</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Товар изменён</translation>
    </message>
    <message>
        <source>Product archived</source>
        <translation>Товар перенесён в архив</translation>
    </message>
    <message>
        <source>Producer added</source>
        <translation>Производитель добавлен</translation>
    </message>
    <message>
        <source>Producer changed</source>
        <translation>Производитель изменён</translation>
    </message>
    <message>
        <source>Village added</source>
        <translation>Село добавлено</translation>
    </message>
    <message>
        <source>Village changed</source>
        <translation>Село изменено</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Каталог импортирован</translation>
    </message>
    <message>
        <source>Producers imported</source>
        <translation>Производители импортированы</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>Запись аудита %1 отсутствует: она была удалена.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>Записи аудита с %1 по %2 отсутствуют: они были удалены.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) was changed after it was written.</source>
        <translation>Запись аудита %1 (%2) была изменена после записи.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not start the chain: entries before it were deleted or it was changed.</source>
        <translation>Запись аудита %1 не начинает цепочку: предыдущие записи удалены или она изменена.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry between them was deleted, inserted or changed.</source>
        <translation>Запись аудита %1 не следует за записью %2: запись между ними удалена, вставлена или изменена.</translation>
    </message>
    <message>
        <source>Product back on sale</source>
        <translation>Товар снова в продаже</translation>
    </message>
    <message>
        <source>Product deleted</source>
        <translation>Товар удалён</translation>
    </message>
    <message>
        <source>Product photo changed</source>
        <translation>Фото товара изменено</translation>
    </message>
    <message>
        <source>Producer archived</source>
        <translation>Производитель перенесён в архив</translation>
    </message>
    <message>
        <source>Producer active again</source>
        <translation>Производитель снова активен</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Товар принят</translation>
    </message>
    <message>
        <source>Audit log protection repaired</source>
        <translation>Защита журнала аудита восстановлена</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Смена открыта</translation>
    </message>
    <message>
        <source>Cash put into the drawer</source>
        <translation>Наличные внесены в кассу</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer</source>
        <translation>Наличные изъяты из кассы</translation>
    </message>
    <message>
        <source>Shift closed with a Z report</source>
        <translation>Смена закрыта с Z-отчётом</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Cart voided</source>
        <translation>Чек аннулирован</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Manager&apos;s approval at the till</source>
        <translation>Подтверждение менеджера на кассе</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>Поставка принята</translation>
    </message>
    <message>
        <source>Stock corrected</source>
        <translation>Остаток скорректирован</translation>
    </message>
    <message>
        <source>Minimum level changed</source>
        <translation>Минимальный остаток изменён</translation>
    </message>
    <message>
        <source>Producer&apos;s commission changed</source>
        <translation>Комиссия производителя изменена</translation>
    </message>
    <message>
        <source>Producer&apos;s statement made</source>
        <translation>Отчёт производителю составлен</translation>
    </message>
    <message>
        <source>Producer paid</source>
        <translation>Производителю выплачено</translation>
    </message>
    <message>
        <source>Goods returned to a producer</source>
        <translation>Товар возвращён производителю</translation>
    </message>
    <message>
        <source>Stocktake started</source>
        <translation>Инвентаризация начата</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>Инвентаризация проведена</translation>
    </message>
    <message>
        <source>Stocktake cancelled</source>
        <translation>Инвентаризация отменена</translation>
    </message>
    <message>
        <source>Goods sent to another shop</source>
        <translation>Товар отправлен в другой магазин</translation>
    </message>
    <message>
        <source>Goods received from another shop</source>
        <translation>Товар получен из другого магазина</translation>
    </message>
    <message>
        <source>Transfer confirmed by the receiving shop</source>
        <translation>Перемещение подтверждено магазином-получателем</translation>
    </message>
    <message>
        <source>Report figures made again from the ledger</source>
        <translation>Показатели отчётов пересчитаны по журналу</translation>
    </message>
</context>
<context>
    <name>AuditProtection</name>
    <message>
        <source>The protection of the audit log cannot be read: %1</source>
        <translation>Не удаётся прочитать защиту журнала аудита: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s protection %1 was removed: entries can be changed or deleted unseen.</source>
        <translation>Защита журнала аудита %1 удалена: записи можно незаметно изменить или удалить.</translation>
    </message>
    <message>
        <source>The audit log&apos;s protection %1 was altered.</source>
        <translation>Защита журнала аудита %1 изменена.</translation>
    </message>
    <message>
        <source>An unknown trigger %1 was added to the audit log.</source>
        <translation>В журнал аудита добавлен неизвестный триггер %1.</translation>
    </message>
    <message>
        <source>Only an administrator may repair the protection of the audit log.</source>
        <translation>Восстановить защиту журнала аудита может только администратор.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read to confirm the audit log: %2</source>
        <translation>Не удаётся прочитать резервную копию %1, чтобы сверить с ней журнал аудита: %2</translation>
    </message>
    <message>
        <source>Audit entry %1, kept in the backup %2, is no longer in the audit log: the newest entries were deleted.</source>
        <translation>Записи аудита %1, сохранённой в резервной копии %2, больше нет в журнале аудита: самые новые записи были удалены.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one kept in the backup %2: the audit log was rewritten.</source>
        <translation>Запись аудита %1 отличается от сохранённой в резервной копии %2: журнал аудита был переписан.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>SKU</source>
        <comment>product</comment>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <comment>product</comment>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <comment>product or village</comment>
        <translation>Наименование на кыргызском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <comment>product or village</comment>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <comment>product or village</comment>
        <translation>Наименование на английском</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>product</comment>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>product</comment>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <comment>product</comment>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Producer</source>
        <comment>product</comment>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Materials</source>
        <comment>product</comment>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Story in Kyrgyz</source>
        <comment>product</comment>
        <translation>История на кыргызском</translation>
    </message>
    <message>
        <source>Story in Russian</source>
        <comment>product</comment>
        <translation>История на русском</translation>
    </message>
    <message>
        <source>Story in English</source>
        <comment>product</comment>
        <translation>История на английском</translation>
    </message>
    <message>
        <source>Tax group</source>
        <comment>product</comment>
        <translation>Налоговая группа</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <comment>product or producer</comment>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <comment>product or producer</comment>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>Tracks batches</source>
        <comment>product</comment>
        <translation>Учёт партий</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>product or producer</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>producer</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>producer</comment>
        <translation>Имя / название</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>producer</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>producer</comment>
        <translation>Село</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>producer</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>producer</comment>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Women</source>
        <comment>producer</comment>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Led by women</source>
        <comment>producer</comment>
        <translation>Под руководством женщин</translation>
    </message>
    <message>
        <source>Terms</source>
        <comment>producer</comment>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Commission</source>
        <comment>producer</comment>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Payment details</source>
        <comment>producer</comment>
        <translation>Платёжные реквизиты</translation>
    </message>
    <message>
        <source>Fair price basis</source>
        <comment>producer</comment>
        <translation>Основание справедливой цены</translation>
    </message>
    <message>
        <source>Last visit</source>
        <comment>producer</comment>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Result of the last visit</source>
        <comment>producer</comment>
        <translation>Результат последнего визита</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>producer</comment>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <source>Child-labour check</source>
        <comment>producer</comment>
        <translation>Проверка на детский труд</translation>
    </message>
    <message>
        <source>Result of the child-labour check</source>
        <comment>producer</comment>
        <translation>Результат проверки на детский труд</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <comment>producer</comment>
        <translation>Материалы и красители</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <comment>producer</comment>
        <translation>Экологическая практика</translation>
    </message>
    <message>
        <source>Exempt-seller document</source>
        <comment>producer</comment>
        <translation>Документ продавца, освобождённого от налога</translation>
    </message>
    <message>
        <source>Oblast</source>
        <comment>village</comment>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <comment>village</comment>
        <translation>Район</translation>
    </message>
    <message>
        <source>Quantity</source>
        <comment>stock</comment>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <comment>stock</comment>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>stock</comment>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>stock</comment>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>stock or login</comment>
        <translation>Причина</translation>
    </message>
    <message>
        <source>File</source>
        <comment>backup</comment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>backup</comment>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>backup</comment>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>user</comment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>user</comment>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>user</comment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Attempt</source>
        <comment>login</comment>
        <translation>Попытка</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>неверный PIN-код</translation>
    </message>
    <message>
        <source>the user is locked after wrong PINs</source>
        <translation>пользователь заблокирован после неверных PIN-кодов</translation>
    </message>
    <message>
        <source>too many wrong PINs</source>
        <translation>слишком много неверных PIN-кодов</translation>
    </message>
    <message>
        <source>the user is disabled</source>
        <translation>пользователь отключён</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>такого пользователя нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Товар %1 добавлен.</translation>
    </message>
    <message>
        <source>%1 changed: %2.</source>
        <translation>Товар %1 изменён: %2.</translation>
    </message>
    <message>
        <source>%1 taken off sale (archived).</source>
        <translation>Товар %1 снят с продажи (перенесён в архив).</translation>
    </message>
    <message>
        <source>%1 back on sale.</source>
        <translation>Товар %1 снова в продаже.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>Товар %1 удалён.</translation>
    </message>
    <message>
        <source>New photo of %1.</source>
        <translation>Новое фото товара %1.</translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation>Фото товара %1 удалено.</translation>
    </message>
    <message>
        <source>Producer %1 added.</source>
        <translation>Производитель %1 добавлен.</translation>
    </message>
    <message>
        <source>Producer %1 changed: %2.</source>
        <translation>Производитель %1 изменён: %2.</translation>
    </message>
    <message>
        <source>Producer %1 archived.</source>
        <translation>Производитель %1 перенесён в архив.</translation>
    </message>
    <message>
        <source>Producer %1 active again.</source>
        <translation>Производитель %1 снова активен.</translation>
    </message>
    <message>
        <source>%1 received: %2.</source>
        <translation>Товар %1 принят: %2.</translation>
    </message>
    <message>
        <source>Village %1 added.</source>
        <translation>Село %1 добавлено.</translation>
    </message>
    <message>
        <source>Village %1 changed: %2.</source>
        <translation>Село %1 изменено: %2.</translation>
    </message>
    <message>
        <source>Logged in; the stored PIN was made stronger.</source>
        <translation>Вход в систему; защита сохранённого PIN-кода усилена.</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Вход в систему.</translation>
    </message>
    <message>
        <source>Login refused: %1 (attempt %2).</source>
        <translation>Вход отклонён: %1 (попытка %2).</translation>
    </message>
    <message>
        <source>Login refused: %1.</source>
        <translation>Вход отклонён: %1.</translation>
    </message>
    <message>
        <source>Locked after wrong PINs until %1.</source>
        <translation>Заблокирован после неверных PIN-кодов до %1.</translation>
    </message>
    <message>
        <source>%1 added as %2; language: %3.</source>
        <translation>Пользователь %1 добавлен, роль: %2; язык: %3.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>Пользователь %1 отключён.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>Пользователь %1 включён.</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>Пользователю %1 задан новый PIN-код.</translation>
    </message>
    <message>
        <source>Language of %1: %2 → %3.</source>
        <translation>Язык пользователя %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Catalogue imported: %1 products added, %2 changed.</source>
        <translation>Каталог импортирован: добавлено товаров: %1, изменено: %2.</translation>
    </message>
    <message>
        <source>Producers imported: %1 added, %2 changed.</source>
        <translation>Производители импортированы: добавлено %1, изменено %2.</translation>
    </message>
    <message>
        <source>Shift %1 opened with a float of %2.</source>
        <translation>Смена %1 открыта с разменом %2.</translation>
    </message>
    <message>
        <source>%1 put into the drawer in shift %2: %3.</source>
        <translation>%1 внесено в кассу в смене %2: %3.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer in shift %2: %3.</source>
        <translation>%1 изъято из кассы в смене %2: %3.</translation>
    </message>
    <message>
        <source>Shift %1 closed with Z report %2: %3 counted, %4 expected, difference %5.</source>
        <translation>Смена %1 закрыта Z-отчётом № %2: насчитано %3, ожидалось %4, расхождение %5.</translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %2, %n line(s).</source>
        <translation>
            <numerusform>Продажа %1: %2, %n позиция.</numerusform>
            <numerusform>Продажа %1: %2, %n позиции.</numerusform>
            <numerusform>Продажа %1: %2, %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1 against sale %2: %3 refunded.</source>
        <translation>Возврат %1 по продаже %2: возвращено %3.</translation>
    </message>
    <message>
        <source>A cart of %1 voided before payment.</source>
        <translation>Чек на %1 аннулирован до оплаты.</translation>
    </message>
    <message>
        <source>%1 approved for %2: %3. Reason: %4</source>
        <translation>%1 — подтверждение для %2: %3. Причина: %4</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 from %2 received: %n line(s).</source>
        <translation>
            <numerusform>Поставка %1 от %2 принята: %n позиция.</numerusform>
            <numerusform>Поставка %1 от %2 принята: %n позиции.</numerusform>
            <numerusform>Поставка %1 от %2 принята: %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Себестоимость: %1.</translation>
    </message>
    <message>
        <source>Stock of %1 corrected by %2 (%3).</source>
        <translation>Остаток %1 скорректирован на %2 (%3).</translation>
    </message>
    <message>
        <source>Minimum level of %1: %2 → %3.</source>
        <translation>Минимальный остаток %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Commission of %1 on %2: its own rate of %3 applies again.</source>
        <translation>Комиссия %1 в категории %2: снова действует собственная ставка производителя %3.</translation>
    </message>
    <message>
        <source>Commission of %1 on %2 set to %3.</source>
        <translation>Комиссия %1 в категории %2 установлена: %3.</translation>
    </message>
    <message>
        <source>Statement %1 for %2, %3 to %4: sold %5, returned %6, commission %7, owed %8.</source>
        <translation>Отчёт %1 для %2 за %3 — %4: продано %5, возвращено %6, комиссия %7, начислено %8.</translation>
    </message>
    <message>
        <source>Payout %1 of %2 to %3 for statement %4 (%5).</source>
        <translation>Выплата %1 на сумму %2 производителю %3 по отчёту %4 (%5).</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 to %2: %n line(s).</source>
        <translation>
            <numerusform>Возврат %1 производителю %2: %n позиция.</numerusform>
            <numerusform>Возврат %1 производителю %2: %n позиции.</numerusform>
            <numerusform>Возврат %1 производителю %2: %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stocktake %1 of the whole shop started.</source>
        <translation>Начата инвентаризация %1 всего магазина.</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 %3 started.</source>
        <translation>Начата инвентаризация %1: %2 %3.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>производитель</translation>
    </message>
    <message>
        <source>Stocktake %1 posted with %2 correction(s) worth %3, approved by %4.</source>
        <translation>Инвентаризация %1 проведена: корректировок — %2 на сумму %3, подтверждение: %4.</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled: nothing posted.</source>
        <translation>Инвентаризация %1 отменена: ничего не проведено.</translation>
    </message>
    <message>
        <source>Transfer %1 sent to %2: %3 in %4 line(s).</source>
        <translation>Перемещение %1 отправлено в %2: %3, позиций: %4.</translation>
    </message>
    <message>
        <source>Transfer %1 received from %2: %3, %4 line(s) with a difference.</source>
        <translation>Перемещение %1 получено из %2: %3, позиций с расхождением: %4.</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3 received, %4 line(s) with a difference.</source>
        <translation>Магазин %1 подтвердил перемещение %2: получено %3, позиций с расхождением: %4.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The copy could not be started; nothing was changed.</source>
        <translation>Не удалось начать копирование; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database stayed busy; the copy was not made. Try again in a moment.</source>
        <translation>База данных оставалась занятой; копия не создана. Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>The disk is full; the copy was not made.</source>
        <translation>Диск заполнен; копия не создана.</translation>
    </message>
    <message>
        <source>The copy could not be made; nothing was changed.</source>
        <translation>Не удалось создать копию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The copy could not be finished.</source>
        <translation>Не удалось завершить копирование.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Не удаётся записать файл %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read; nothing was changed.</source>
        <translation>Не удаётся прочитать резервную копию %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>The copy could not be checked and was removed; try again.</source>
        <translation>Копию не удалось проверить, и она удалена; повторите попытку.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing file is never overwritten.</source>
        <translation>%1 уже существует. Выберите новое имя файла; существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 — это сама база данных; выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was restored.</source>
        <translation>Файла %1 нет; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>%1 holds no shop data; nothing was restored.</source>
        <translation>В %1 нет данных магазина; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The current database could not be saved aside, so nothing was restored.</source>
        <translation>Текущую базу данных не удалось сохранить в сторону, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>A backup was taken this very second; try again in a moment.</source>
        <translation>Резервная копия уже создана в эту же секунду; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Log in as an administrator to restore a database; nothing was restored.</source>
        <translation>Чтобы восстановить базу данных, войдите как администратор; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The database is open in another program (the shop application or another ovopctl). Close it there first.</source>
        <translation>База данных открыта в другой программе (в приложении магазина или в другом ovopctl). Сначала закройте её там.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside, so nothing was restored.</source>
        <translation>Не удаётся сохранить копию %1, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The restored database could not take the place of %1; the old one is kept in %2.</source>
        <translation>Восстановленная база данных не смогла заменить %1; прежняя база сохранена в %2.</translation>
    </message>
    <message>
        <source>The backups of %1 cannot be rearranged.</source>
        <translation>Не удаётся переложить резервные копии в папке %1.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be read: it is not a folder this user may open. Ask whoever looks after this computer to make it one.</source>
        <translation>Папку резервных копий %1 нельзя прочитать: это не папка, которую может открыть этот пользователь. Попросите того, кто обслуживает этот компьютер, исправить это.</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation>Штрихкод пуст.</translation>
    </message>
    <message numerus="yes">
        <source>The barcode %1 has %n digit(s); an EAN-13 has 13, a UPC-A 12 and an EAN-8 8. Check that it was typed or scanned whole.</source>
        <translation>
            <numerusform>В штрихкоде %1 %n цифра; в EAN-13 их 13, в UPC-A 12, в EAN-8 8. Проверьте, что он введён или отсканирован полностью.</numerusform>
            <numerusform>В штрихкоде %1 %n цифры; в EAN-13 их 13, в UPC-A 12, в EAN-8 8. Проверьте, что он введён или отсканирован полностью.</numerusform>
            <numerusform>В штрихкоде %1 %n цифр; в EAN-13 их 13, в UPC-A 12, в EAN-8 8. Проверьте, что он введён или отсканирован полностью.</numerusform>
        </translation>
    </message>
    <message>
        <source>The barcode %1 is not a valid %2: its last digit should be %3. Check the digits or scan it again.</source>
        <translation>Штрихкод %1 — неверный %2: его последняя цифра должна быть %3. Проверьте цифры или отсканируйте снова.</translation>
    </message>
    <message>
        <source>The barcode %1 is longer than %2 characters.</source>
        <translation>Штрихкод %1 длиннее %2 символов.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; holds characters a barcode cannot hold (only Latin letters, digits and punctuation, no spaces).</source>
        <translation>Штрихкод «%1» содержит недопустимые символы (только латинские буквы, цифры и знаки препинания, без пробелов).</translation>
    </message>
</context>
<context>
    <name>BreakdownCharts</name>
    <message>
        <source>som</source>
        <translation>сом</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The product was not found; it may have been removed. Nothing was saved.</source>
        <translation>Товар не найден; возможно, он удалён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Choose the producer who made the product.</source>
        <translation>Выберите производителя, который изготовил товар.</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>Нет товара с артикулом %1.</translation>
    </message>
    <message>
        <source>No in-store barcode is free any more.</source>
        <translation>Свободных внутренних штрихкодов магазина больше нет.</translation>
    </message>
    <message>
        <source>The product %1 is already archived.</source>
        <translation>Товар %1 уже в архиве.</translation>
    </message>
    <message>
        <source>The product %1 is not archived.</source>
        <translation>Товар %1 не в архиве.</translation>
    </message>
    <message>
        <source>The product %1 cannot be deleted: it has been received, sold or counted, and its history must stay. Archive it instead.</source>
        <translation>Товар %1 нельзя удалить: его принимали, продавали или пересчитывали, и его история должна сохраниться. Перенесите его в архив.</translation>
    </message>
    <message>
        <source>The product %1 cannot be deleted: other records refer to it. Archive it instead.</source>
        <translation>Товар %1 нельзя удалить: на него ссылаются другие записи. Перенесите его в архив.</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG image.</source>
        <translation>Фото должно быть изображением PNG или JPEG.</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MB; make it smaller and try again.</source>
        <translation>Фото больше 2 МБ; уменьшите его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The SKU %1 is also on line %2 of the file.</source>
        <translation>Артикул %1 есть также в строке %2 файла.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2 of the file.</source>
        <translation>Штрихкод %1 есть также в строке %2 файла.</translation>
    </message>
    <message>
        <source>Nothing was imported: the producer %1 was not found.</source>
        <translation>Ничего не импортировано: производитель %1 не найден.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed. Search for it again.</source>
        <translation>Товар не найден; возможно, он удалён. Найдите его снова.</translation>
    </message>
    <message>
        <source>Enter the SKU, the shop&apos;s own code of the product (for example FLT-001).</source>
        <translation>Введите артикул — собственный код товара в магазине (например, FLT-001).</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; may hold only Latin letters, digits and - _ . / and at most %2 characters.</source>
        <translation>Артикул «%1» может содержать только латинские буквы, цифры и - _ . / и не более %2 символов.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product. Choose another SKU.</source>
        <translation>Артикул %1 уже занят другим товаром. Выберите другой артикул.</translation>
    </message>
    <message>
        <source>The barcode %1 is given twice.</source>
        <translation>Штрихкод %1 указан дважды.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to the product %2 (%3). A barcode identifies one product only.</source>
        <translation>Штрихкод %1 уже принадлежит товару %2 (%3). Один штрихкод обозначает только один товар.</translation>
    </message>
    <message>
        <source>Enter the name in at least one language (Kyrgyz, Russian or English).</source>
        <translation>Введите название хотя бы на одном языке (кыргызском, русском или английском).</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Название длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Выберите категорию.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;. Use one of: %2.</source>
        <translation>Категории «%1» нет. Используйте одну из: %2.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Цена должна быть больше нуля.</translation>
    </message>
    <message>
        <source>There is no tax group &quot;%1&quot;. Use one of: %2.</source>
        <translation>Налоговой группы «%1» нет. Используйте одну из: %2.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1. Add the producer first or correct the code.</source>
        <translation>Нет производителя с кодом %1. Сначала добавьте производителя или исправьте код.</translation>
    </message>
    <message>
        <source>The chosen producer no longer exists. Choose the producer again.</source>
        <translation>Выбранного производителя больше нет. Выберите производителя снова.</translation>
    </message>
    <message>
        <source>The unit cannot change: the product already has stock counted in %1. Archive it and add a new product instead.</source>
        <translation>Единицу измерения нельзя изменить: остаток товара уже учтён в %1. Перенесите его в архив и добавьте новый товар.</translation>
    </message>
</context>
<context>
    <name>CommissionService</name>
    <message>
        <source>The producer was not found.</source>
        <translation>Производитель не найден.</translation>
    </message>
    <message>
        <source>The commission must be between 0 and 100%.</source>
        <translation>Комиссия должна быть от 0 до 100%.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>Категории «%1» нет.</translation>
    </message>
    <message>
        <source>Producer %1 has no commission of its own for &quot;%2&quot;: its rate applies already.</source>
        <translation>У производителя %1 нет отдельной комиссии для «%2»: уже действует его общая ставка.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not in UTF-8, and this installation cannot read the Windows-1251 encoding. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Файл не в кодировке UTF-8, а эта установка не умеет читать кодировку Windows-1251. Сохраните файл как «CSV UTF-8» и попробуйте снова.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing). Check the quotes on that line and save the file again.</source>
        <translation>Строка %1: поле в кавычках не закрыто (не хватает &quot;). Проверьте кавычки в этой строке и сохраните файл снова.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names, then one row per item.</source>
        <translation>Файл пуст: нужна строка заголовка с названиями столбцов, затем по строке на каждую позицию.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>Файла %1 нет. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check that you may open it and that no other program locks it.</source>
        <translation>Не удаётся прочитать файл %1. Проверьте, что у вас есть права на него и что его не блокирует другая программа.</translation>
    </message>
    <message>
        <source>The file %1 is too large (more than %2 MB). Split it into smaller files.</source>
        <translation>Файл %1 слишком большой (более %2 МБ). Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check that the disk is readable.</source>
        <translation>Не удаётся прочитать файл %1. Проверьте, что диск читается.</translation>
    </message>
    <message>
        <source>Line %1: the file is in UTF-8, but this line holds a byte that is not UTF-8 (perhaps text pasted from a file in another encoding). Correct the line, save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Строка %1: файл в кодировке UTF-8, но в этой строке есть байт не из UTF-8 (возможно, сюда вставлен текст из файла в другой кодировке). Исправьте строку, сохраните файл как «CSV UTF-8» и импортируйте его снова.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is text neither in UTF-8 nor in Windows-1251: the file may not be a CSV file. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>В строке %1 есть байт, который не является текстом ни в UTF-8, ни в Windows-1251: возможно, это вовсе не файл CSV. Сохраните его как «CSV UTF-8» и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Choose a CSV file.</source>
        <translation>%1 — не обычный файл (это папка, устройство или канал). Выберите файл CSV.</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>The column %1 appears twice in the first row (columns %2 and %3). Keep one of them and import again. Nothing was imported.</source>
        <translation>Столбец %1 встречается в первой строке дважды (столбцы %2 и %3). Оставьте один из них и импортируйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2024-03-05 or 05.03.2024.</source>
        <translation>«%1» — не дата. Запишите её как 2024-03-05 или 05.03.2024.</translation>
    </message>
    <message>
        <source>The file has no column %1. Its first row must name the columns, at least: %2. Nothing was imported.</source>
        <translation>В файле нет столбца %1. Первая строка должна содержать названия столбцов, как минимум: %2. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>This row has %1 values, but the first row names only %2 columns. Put a value that holds the delimiter (%3) in double quotes, for example &quot;%4&quot;.</source>
        <translation>Значений в этой строке — %1, а столбцов в первой строке названо только %2. Значение, в котором есть разделитель (%3), заключите в двойные кавычки, например: «%4».</translation>
    </message>
    <message>
        <source>The value holds a control character (U+%1), which a text may not hold. Remove it: it is often left behind by copying from another program.</source>
        <translation>В значении есть управляющий символ (U+%1), которого не может быть в тексте. Удалите его: такие символы часто остаются после копирования из другой программы.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no. Write one of: %2.</source>
        <translation>«%1» — ни «да», ни «нет». Напишите одно из значений: %2.</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>Usage: ovopctl --as NAME audit [--action PREFIX] [--user NAME] [--limit N]</source>
        <translation>Использование: ovopctl --as NAME audit [--action PREFIX] [--user NAME] [--limit N]</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Резервная копия записана в %1.</translation>
    </message>
    <message>
        <source>Usage: ovopctl --as NAME restore FILE</source>
        <translation>Использование: ovopctl --as NAME restore FILE</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>%1 восстановлена из %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>Прежнее состояние базы данных сохранено в %1.</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog import FILE [--dry-run]</source>
        <translation>Использование: ovopctl catalog import FILE [--dry-run]</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation>
            <numerusform>%n товар записан в %1.</numerusform>
            <numerusform>%n товара записано в %1.</numerusform>
            <numerusform>%n товаров записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is sound: data version %2, %n audit entries in an unbroken chain.</source>
        <translation>
            <numerusform>%1 в порядке: версия данных %2, %n запись аудита в непрерывной цепочке.</numerusform>
            <numerusform>%1 в порядке: версия данных %2, %n записи аудита в непрерывной цепочке.</numerusform>
            <numerusform>%1 в порядке: версия данных %2, %n записей аудита в непрерывной цепочке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>В %1 %n проблема:</numerusform>
            <numerusform>В %1 %n проблемы:</numerusform>
            <numerusform>В %1 %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN-код: </translation>
    </message>
    <message>
        <source>This command changes data: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>Эта команда изменяет данные: укажите, кто вы, через --as NAME (PIN-код из OVOP_PIN или вводится по запросу).</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>Для %1 нужно значение.</translation>
    </message>
    <message>
        <source>Created the shop database %1 for %2 (%3), device %4.</source>
        <translation>Создана база данных магазина %1 для %2 (%3), устройство %4.</translation>
    </message>
    <message>
        <source>Users: %1.</source>
        <translation>Пользователи: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: ovopctl init --demo, or ovopctl init --shop-code CODE --shop-name NAME [--device-id ID] [--address TEXT] [--admin NAME] [--full-name TEXT].</source>
        <translation>Неожиданный аргумент «%1». Использование: ovopctl init --demo или ovopctl init --shop-code CODE --shop-name NAME [--device-id ID] [--address TEXT] [--admin NAME] [--full-name TEXT].</translation>
    </message>
    <message>
        <source>init needs --shop-code CODE and --shop-name NAME (or --demo for the demo shop).</source>
        <translation>Для init нужны --shop-code CODE и --shop-name NAME (или --demo для демонстрационного магазина).</translation>
    </message>
    <message>
        <source>%1 already has a shop with users; nothing was changed. Use another --db for a new shop.</source>
        <translation>В %1 уже есть магазин с пользователями; ничего не изменено. Для нового магазина укажите другой --db.</translation>
    </message>
    <message>
        <source>PIN of the administrator %1 (4 to 8 digits): </source>
        <translation>PIN-код администратора %1 (от 4 до 8 цифр): </translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>Не удаётся записать в базу данных %1.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>Для %1 нужно целое число, а не «%2».</translation>
    </message>
    <message>
        <source>Choose either --sheet or --single, not both.</source>
        <translation>Выберите либо --sheet, либо --single, но не оба.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;: put SKUs after --sku.</source>
        <translation>Неожиданное «%1»: указывайте артикулы после --sku.</translation>
    </message>
    <message>
        <source>Say which products: --sku SKU.</source>
        <translation>Укажите, какие товары: --sku SKU.</translation>
    </message>
    <message>
        <source>Say where to write the labels: --out FILE.pdf.</source>
        <translation>Укажите, куда записать этикетки: --out FILE.pdf.</translation>
    </message>
    <message>
        <source>No product has the SKU &quot;%1&quot;: see ovopctl product list.</source>
        <translation>Нет товара с артикулом «%1»: см. ovopctl product list.</translation>
    </message>
    <message>
        <source>The product %1 is archived: reactivate it before printing its label.</source>
        <translation>Товар %1 в архиве: верните его в продажу, прежде чем печатать этикетку.</translation>
    </message>
    <message>
        <source>No labels were written.</source>
        <translation>Этикетки не записаны.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1 (%2).</source>
        <translation>
            <numerusform>%n этикетка записана в %1 (%2).</numerusform>
            <numerusform>%n этикетки записано в %1 (%2).</numerusform>
            <numerusform>%n этикеток записано в %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl [--db PATH] [--lang ky|ru|en] [--json] [--as NAME] COMMAND ...</source>
        <translation>Использование: ovopctl [--db PATH] [--lang ky|ru|en] [--json] [--as NAME] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Commands that change data act as a user: --as NAME, with the PIN from the environment variable OVOP_PIN or typed at the prompt.</source>
        <translation>Команды, изменяющие данные, выполняются от имени пользователя: --as NAME, PIN-код берётся из переменной окружения OVOP_PIN или вводится по запросу.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused or check failed, 2 usage error.</source>
        <translation>Код выхода: 0 — успех, 1 — отказ или проверка не пройдена, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>Для --db нужно имя файла.</translation>
    </message>
    <message>
        <source>--lang needs ky, ru or en.</source>
        <translation>Для --lang нужно ky, ru или en.</translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation>Для --as нужно имя пользователя.</translation>
    </message>
    <message>
        <source>Unknown option %1. See ovopctl --help.</source>
        <translation>Неизвестный параметр %1. См. ovopctl --help.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Неизвестный язык «%1»: используйте ky, ru или en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See ovopctl --help.</source>
        <translation>Неизвестная команда «%1». См. ovopctl --help.</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1</source>
        <translation>Использование: ovopctl %1</translation>
    </message>
    <message>
        <source>No producers found.</source>
        <translation>Производители не найдены.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n производитель</numerusform>
            <numerusform>%n производителя</numerusform>
            <numerusform>%n производителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the working-conditions visit overdue (none in the last 12 months).</source>
        <translation>
            <numerusform>%n — визит для проверки условий труда просрочен (не было за последние 12 месяцев).</numerusform>
            <numerusform>%n — визит для проверки условий труда просрочен (не было за последние 12 месяцев).</numerusform>
            <numerusform>%n — визит для проверки условий труда просрочен (не было за последние 12 месяцев).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl producer import FILE [--dry-run]</source>
        <translation>Использование: ovopctl producer import FILE [--dry-run]</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) written to %1.</source>
        <translation>
            <numerusform>%n производитель записан в %1.</numerusform>
            <numerusform>%n производителя записано в %1.</numerusform>
            <numerusform>%n производителей записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] [--all | --archived] [--json]</source>
        <translation>Использование: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] [--all | --archived] [--json]</translation>
    </message>
    <message>
        <source>No products found.</source>
        <translation>Товары не найдены.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n товар.</numerusform>
            <numerusform>%n товара.</numerusform>
            <numerusform>%n товаров.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (было %3)</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Keys: %2</source>
        <translation>Использование: ovopctl %1
Ключи: %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заблокирован до %1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use cashier, manager or admin.</source>
        <translation>Неизвестная роль «%1»: используйте cashier, manager или admin.</translation>
    </message>
    <message>
        <source>PIN of the new user %1: </source>
        <translation>PIN-код нового пользователя %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Добавлен %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 включён.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 отключён.</translation>
    </message>
    <message>
        <source>New PIN of %1: </source>
        <translation>Новый PIN-код для %1: </translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>PIN-код пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>%1 will see the application in %2.</source>
        <translation>%1 будет видеть приложение на языке: %2.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;. Usage: ovopctl %2</source>
        <translation>Неизвестная команда для пользователей «%1». Использование: ovopctl %2</translation>
    </message>
    <message>
        <source>Usage: ovopctl user add NAME --role cashier|manager|admin [--full-name TEXT] [--language ky|ru|en]</source>
        <translation>Использование: ovopctl user add NAME --role cashier|manager|admin [--full-name TEXT] [--language ky|ru|en]</translation>
    </message>
    <message>
        <source>Usage: ovopctl user list</source>
        <translation>Использование: ovopctl user list</translation>
    </message>
    <message>
        <source>Usage: ovopctl --as NAME backup [FILE]</source>
        <translation>Использование: ovopctl --as NAME backup [FILE]</translation>
    </message>
    <message>
        <source>A restore needs an administrator: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>Для восстановления нужен администратор: укажите, кто вы, через --as NAME (PIN-код из OVOP_PIN или вводится по запросу).</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog export FILE [--semicolon] [--force]</source>
        <translation>Использование: ovopctl catalog export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog import FILE [--dry-run] | catalog export FILE [--semicolon] [--force]</source>
        <translation>Использование: ovopctl catalog import FILE [--dry-run] | catalog export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Usage: ovopctl check [--repair]</source>
        <translation>Использование: ovopctl check [--repair]</translation>
    </message>
    <message>
        <source>This command needs a login: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>Для этой команды нужно войти в систему: укажите, кто вы, через --as NAME (PIN-код из OVOP_PIN или вводится по запросу).</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Чтобы заменить его, добавьте --force.</translation>
    </message>
    <message>
        <source>Usage: ovopctl label --sku SKU [SKU...] [--sku SKU...] --out FILE.pdf [--sheet | --single] [--copies N] [--skip N] [--force] [--lang ky|ru|en]</source>
        <translation>Использование: ovopctl label --sku SKU [SKU...] [--sku SKU...] --out FILE.pdf [--sheet | --single] [--copies N] [--skip N] [--force] [--lang ky|ru|en]</translation>
    </message>
    <message>
        <source>Usage: ovopctl producer export FILE [--semicolon] [--force]</source>
        <translation>Использование: ovopctl producer export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a producer</comment>
        <translation>Имя / название</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a product</comment>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>верна</translation>
    </message>
    <message>
        <source>The shop has no ELQR link. Give one with --link, or set the shop&apos;s with ovopctl settings set elqr_link LINK.</source>
        <translation>У магазина нет ссылки ELQR. Укажите её через --link или задайте ссылку магазина командой ovopctl settings set elqr_link LINK.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлен</translation>
    </message>
    <message>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>продажа</translation>
    </message>
    <message>
        <source>Usage: ovopctl fiscal list [--failed] [--json]</source>
        <translation>Использование: ovopctl fiscal list [--failed] [--json]</translation>
    </message>
    <message>
        <source>Every receipt is sent to the fiscal register.</source>
        <translation>Все чеки отправлены в фискальный регистратор.</translation>
    </message>
    <message>
        <source>No receipts.</source>
        <translation>Чеков нет.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Fiscal state</source>
        <translation>Фискальный статус</translation>
    </message>
    <message>
        <source>Fiscal number</source>
        <translation>Фискальный номер</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Usage: ovopctl fiscal retry</source>
        <translation>Использование: ovopctl fiscal retry</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) sent to the fiscal register.</source>
        <translation>
            <numerusform>%n чек отправлен в фискальный регистратор.</numerusform>
            <numerusform>%n чека отправлено в фискальный регистратор.</numerusform>
            <numerusform>%n чеков отправлено в фискальный регистратор.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) still not sent.</source>
        <translation>
            <numerusform>%n чек ещё не отправлен.</numerusform>
            <numerusform>%n чека ещё не отправлено.</numerusform>
            <numerusform>%n чеков ещё не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text) [--lang ky|ru|en] [--force]
Prints a sale&apos;s or a return&apos;s receipt again, marked as a copy, in the receipt&apos;s own language unless --lang is given.</source>
        <translation>Использование: ovopctl receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text) [--lang ky|ru|en] [--force]
Печатает чек продажи или возврата повторно, с пометкой «копия», на языке самого чека, если не указан --lang.</translation>
    </message>
    <message>
        <source>Usage: ovopctl refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged] [--approve-as MANAGER] [--json]
Without QTY, what is left of the line comes back.</source>
        <translation>Использование: ovopctl refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged] [--approve-as MANAGER] [--json]
Без QTY возвращается весь остаток позиции.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line with the code %2.</source>
        <translation>В чеке %1 нет позиции с кодом %2.</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>PIN-код для %1: </translation>
    </message>
    <message>
        <source>approved at the command line</source>
        <translation>подтверждено в командной строке</translation>
    </message>
    <message>
        <source>Usage: ovopctl sale --item CODE[:QTY]... --pay METHOD:AMOUNT[:DETAIL]... [--discount P%|AMOUNT] [--line-discount CODE:P%|AMOUNT]... [--lang ky|ru|en] [--approve-as MANAGER] [--json]
       ovopctl sale list [--shift N] [--from DATE] [--to DATE] [--json]
       ovopctl sale show RECEIPT [--json]
METHOD is cash, card (DETAIL: elcart, visa, mastercard, unionpay or other) or qr (DETAIL: the bank&apos;s reference).</source>
        <translation>Использование: ovopctl sale --item CODE[:QTY]... --pay METHOD:AMOUNT[:DETAIL]... [--discount P%|AMOUNT] [--line-discount CODE:P%|AMOUNT]... [--lang ky|ru|en] [--approve-as MANAGER] [--json]
       ovopctl sale list [--shift N] [--from DATE] [--to DATE] [--json]
       ovopctl sale show RECEIPT [--json]
METHOD — cash (наличные), card (карта; DETAIL: elcart, visa, mastercard, unionpay или other) или qr (DETAIL: номер операции банка).</translation>
    </message>
    <message>
        <source>A discount in percent is more than 0% and at most 100%: %1</source>
        <translation>Скидка в процентах должна быть больше 0% и не больше 100%: %1</translation>
    </message>
    <message>
        <source>A discount is a percentage such as 10% or an amount in som such as 150: %1</source>
        <translation>Скидка — это процент, например 10%, или сумма в сомах, например 150: %1</translation>
    </message>
    <message>
        <source>A payment is METHOD:AMOUNT[:DETAIL], e.g. cash:1000 or card:850:visa: %1</source>
        <translation>Оплата записывается как METHOD:AMOUNT[:DETAIL], например cash:1000 или card:850:visa: %1</translation>
    </message>
    <message>
        <source>Unknown payment method %1: use cash, card or qr.</source>
        <translation>Неизвестный способ оплаты %1: используйте cash, card или qr.</translation>
    </message>
    <message>
        <source>Unknown card scheme %1: use elcart, visa, mastercard, unionpay or other.</source>
        <translation>Неизвестная платёжная система карты %1: используйте elcart, visa, mastercard, unionpay или other.</translation>
    </message>
    <message>
        <source>A cash payment has no detail: %1</source>
        <translation>У оплаты наличными не бывает уточнения (DETAIL): %1</translation>
    </message>
    <message>
        <source>--line-discount needs CODE:DISCOUNT for a code sold in this sale: %1</source>
        <translation>Для --line-discount нужно CODE:DISCOUNT с кодом товара из этой продажи: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s).</source>
        <translation>
            <numerusform>%n продажа.</numerusform>
            <numerusform>%n продажи.</numerusform>
            <numerusform>%n продаж.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Сдача: %1</translation>
    </message>
    <message>
        <source>Not sent to the fiscal register: %1 It is sent again by `ovopctl fiscal retry`.</source>
        <translation>Не отправлено в фискальный регистратор: %1 Повторно отправляет команда `ovopctl fiscal retry`.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Размен</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Продажи за наличные</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Возвраты наличными</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесения</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятия</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Должно быть в кассе</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Принято (%1)</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift open --float AMOUNT</source>
        <translation>Использование: ovopctl shift open --float AMOUNT</translation>
    </message>
    <message>
        <source>Shift %1 open with a float of %2.</source>
        <translation>Смена %1 открыта, размен %2.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift cash-out AMOUNT --reason TEXT</source>
        <translation>Использование: ovopctl shift cash-out AMOUNT --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift cash-in AMOUNT --reason TEXT</source>
        <translation>Использование: ovopctl shift cash-in AMOUNT --reason TEXT</translation>
    </message>
    <message>
        <source>%1 taken out; %2 expected in the drawer.</source>
        <translation>Изъято %1; в кассе должно быть %2.</translation>
    </message>
    <message>
        <source>%1 put in; %2 expected in the drawer.</source>
        <translation>Внесено %1; в кассе должно быть %2.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift x [--json]</source>
        <translation>Использование: ovopctl shift x [--json]</translation>
    </message>
    <message>
        <source>Cannot read the count &quot;%1&quot;: write DENOMINATION:COUNT pairs in som, separated by commas, e.g. 5000:2,100:7,0.5:3.</source>
        <translation>Не удаётся разобрать пересчёт «%1»: запишите пары DENOMINATION:COUNT в сомах через запятую, например 5000:2,100:7,0.5:3.</translation>
    </message>
    <message>
        <source>Cannot read the count &quot;%1&quot;.</source>
        <translation>Не удаётся разобрать пересчёт «%1».</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift close --count DENOM:N[,DENOM:N...] [--json]</source>
        <translation>Использование: ovopctl shift close --count DENOM:N[,DENOM:N...] [--json]</translation>
    </message>
    <message>
        <source>Z report %1: shift %2 closed.</source>
        <translation>Z-отчёт № %1: смена %2 закрыта.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Насчитано</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>A second demo shop needs both --shop-code CODE and --shop-name NAME; without them --demo creates the demo shop BIS-1.</source>
        <translation>Для второго демонстрационного магазина нужны и --shop-code CODE, и --shop-name NAME; без них --demo создаёт демонстрационный магазин BIS-1.</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Pays the amount the statement owes, once. Cash comes out of the drawer of this till&apos;s open shift; bank and wallet transfers need --reference.</source>
        <translation>Использование: ovopctl %1
Один раз выплачивает сумму, начисленную по отчёту. Наличные берутся из кассы открытой смены на этой кассе; для банковского перевода и перевода на кошелёк нужен --reference.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;: use cash, bank or wallet.</source>
        <translation>Неизвестный способ выплаты «%1»: используйте cash, bank или wallet.</translation>
    </message>
    <message>
        <source>Statement %1 is %2&apos;s, not %3&apos;s.</source>
        <translation>Отчёт %1 относится к производителю %2, а не %3.</translation>
    </message>
    <message>
        <source>Payout %1: %2 paid to %3 for statement %4.</source>
        <translation>Выплата %1: производителю %3 выплачено %2 по отчёту %4.</translation>
    </message>
    <message>
        <source>Usage: ovopctl producer return PRODUCER --item CODE:QTY [--item CODE:QTY...] [--note TEXT] [--pdf FILE [--force]] [--json]
Gives unsold goods back to their producer: CODE is a SKU or a barcode, QTY how many; the first-expiring batches go first. The PDF is the document both sign.</source>
        <translation>Использование: ovopctl producer return PRODUCER --item CODE:QTY [--item CODE:QTY...] [--note TEXT] [--pdf FILE [--force]] [--json]
Возвращает непроданный товар производителю: CODE — артикул или штрихкод, QTY — количество; первыми уходят партии с самым ранним сроком годности. PDF — документ, который подписывают обе стороны.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE:QTY, for example FLT-001:2.</source>
        <translation>«%1» — не CODE:QTY, например FLT-001:2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>Товара с кодом %1 нет.</translation>
    </message>
    <message>
        <source>Return %1 is recorded, but its document was not written: %2</source>
        <translation>Возврат %1 записан, но его документ не сохранён: %2</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 to %2: %n line(s).</source>
        <translation>
            <numerusform>Возврат %1 производителю %2: %n позиция.</numerusform>
            <numerusform>Возврат %1 производителю %2: %n позиции.</numerusform>
            <numerusform>Возврат %1 производителю %2: %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl producer commission PRODUCER [--category KEY (--rate PERCENT | --clear)] [--json]
Shows the producer&apos;s commission and its rates per category; sets a category&apos;s rate (25 or 12.5 for percent) or clears it so that the producer&apos;s rate applies.</source>
        <translation>Использование: ovopctl producer commission PRODUCER [--category KEY (--rate PERCENT | --clear)] [--json]
Показывает комиссию производителя и её ставки по категориям; задаёт ставку для категории (25 или 12.5 — в процентах) или сбрасывает её, чтобы действовала ставка производителя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: give a percentage from 0 to 100, such as 25 or 12.5.</source>
        <translation>«%1» — не ставка: укажите процент от 0 до 100, например 25 или 12.5.</translation>
    </message>
    <message>
        <source>%1 (%2): commission %3</source>
        <translation>%1 (%2): комиссия %3</translation>
    </message>
    <message>
        <source>Usage: ovopctl reorder [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en]</source>
        <translation>Использование: ovopctl reorder [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en]</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>Нет товаров ниже минимального остатка.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Makes the statement of a consignment producer&apos;s sales and returns of the period (days of this computer&apos;s time zone) that are not on a statement yet. When every line of the period is on a statement of exactly that period already, shows that statement instead. The statement is in the shop&apos;s receipt language unless --lang is given.</source>
        <translation>Использование: ovopctl %1
Составляет отчёт о продажах и возвратах товара производителя на консигнации за период (дни по часовому поясу этого компьютера), ещё не вошедших в отчёт. Если все строки периода уже вошли в отчёт ровно за этот период, вместо этого показывает тот отчёт. Отчёт составляется на языке чеков магазина, если не указан --lang.</translation>
    </message>
    <message>
        <source>Statement %1: %2 (%3), %4 to %5</source>
        <translation>Отчёт %1: %2 (%3), %4 — %5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>(returned)</source>
        <translation>(возврат)</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>Продано: %1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>Комиссия: %1</translation>
    </message>
    <message>
        <source>Owed: %1</source>
        <translation>Начислено: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Выплачено: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>К выплате: %1</translation>
    </message>
    <message>
        <source>Statement %1 written to %2.</source>
        <translation>Отчёт %1 записан в %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«%1» — не дата: запишите её как YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Every line of this period is on statement %1 already.</source>
        <translation>Все строки этого периода уже вошли в отчёт %1.</translation>
    </message>
    <message>
        <source>No statements.</source>
        <translation>Отчётов нет.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Usage: ovopctl stock list [--low] [--expired] [--producer CODE] [--category KEY] [--search TEXT] [--json]
       ovopctl stock receive --producer CODE (--consignment | --purchase) --item CODE:QTY[:COST][@BATCH:EXPIRY]... [--document NUMBER] [--note TEXT] [--date YYYY-MM-DD] [--json]
       ovopctl stock adjust CODE QTY --reason damage|loss|sample|found|other [--note TEXT] [--batch B]
       ovopctl stock history CODE [--json]
       ovopctl stock min CODE QTY</source>
        <translation>Использование: ovopctl stock list [--low] [--expired] [--producer CODE] [--category KEY] [--search TEXT] [--json]
       ovopctl stock receive --producer CODE (--consignment | --purchase) --item CODE:QTY[:COST][@BATCH:EXPIRY]... [--document NUMBER] [--note TEXT] [--date YYYY-MM-DD] [--json]
       ovopctl stock adjust CODE QTY --reason damage|loss|sample|found|other [--note TEXT] [--batch B]
       ovopctl stock history CODE [--json]
       ovopctl stock min CODE QTY</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>stock list</comment>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ниже минимума</translation>
    </message>
    <message>
        <source>expired batch</source>
        <translation>просроченная партия</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>скоро истекает срок</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s); stock value %1.</source>
        <translation>
            <numerusform>%n товар; стоимость остатка %1.</numerusform>
            <numerusform>%n товара; стоимость остатка %1.</numerusform>
            <numerusform>%n товаров; стоимость остатка %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item is CODE:QTY[:COST][@BATCH:EXPIRY], e.g. FLT-001:5:450 or HON-001:10@B7:2027-06-30: %1</source>
        <translation>Позиция записывается как CODE:QTY[:COST][@BATCH:EXPIRY], например FLT-001:5:450 или HON-001:10@B7:2027-06-30: %1</translation>
    </message>
    <message>
        <source>An expiry date is YYYY-MM-DD: %1</source>
        <translation>Срок годности записывается как YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD: %1</source>
        <translation>Для --date нужна дата в виде YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>Unknown reason %1: use damage, loss, sample, found or other.</source>
        <translation>Неизвестная причина %1: используйте damage, loss, sample, found или other.</translation>
    </message>
    <message>
        <source>No stock movements.</source>
        <translation>Движений товара нет.</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Minimum level of %1: %2.</source>
        <translation>Минимальный остаток %1: %2.</translation>
    </message>
    <message>
        <source>category %1 (%2)</source>
        <translation>категория %1 (%2)</translation>
    </message>
    <message>
        <source>producer %1 (%2)</source>
        <translation>производитель %1 (%2)</translation>
    </message>
    <message>
        <source>the whole shop</source>
        <translation>весь магазин</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake start [--category KEY | --producer CODE]</source>
        <translation>Использование: ovopctl stocktake start [--category KEY | --producer CODE]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 started: count with &quot;ovopctl stocktake count CODE QTY&quot;.</source>
        <translation>Начата инвентаризация %1, охват: %2. Считайте командой «ovopctl stocktake count CODE QTY».</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake count CODE QTY [--batch B]</source>
        <translation>Использование: ovopctl stocktake count CODE QTY [--batch B]</translation>
    </message>
    <message>
        <source>%1 (%2): %3 counted so far.</source>
        <translation>%1 (%2): пока насчитано %3.</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake show [--json]</source>
        <translation>Использование: ovopctl stocktake show [--json]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2, started %3 by %4.</source>
        <translation>Инвентаризация %1, охват: %2; начата %3, пользователь: %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>Движение после пересчёта</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не посчитан</translation>
    </message>
    <message>
        <source>Gains %1, losses %2.</source>
        <translation>Излишки %1, недостачи %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) not counted yet: posting counts them as zero.</source>
        <translation>
            <numerusform>Ещё не посчитан %n товар: при проведении его количество будет принято за ноль.</numerusform>
            <numerusform>Ещё не посчитаны %n товара: при проведении их количество будет принято за ноль.</numerusform>
            <numerusform>Ещё не посчитаны %n товаров: при проведении их количество будет принято за ноль.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods sold or received after a product was first counted are allowed for (&quot;moved since&quot;).</source>
        <translation>Товар, проданный или принятый после первого пересчёта, учитывается (столбец «Движение после пересчёта»).</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake post</source>
        <translation>Использование: ovopctl stocktake post</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %n correction(s), worth %2.</source>
        <translation>
            <numerusform>Инвентаризация %1 проведена: %n корректировка на сумму %2.</numerusform>
            <numerusform>Инвентаризация %1 проведена: %n корректировки на сумму %2.</numerusform>
            <numerusform>Инвентаризация %1 проведена: %n корректировок на сумму %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake cancel</source>
        <translation>Использование: ovopctl stocktake cancel</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled: nothing was posted.</source>
        <translation>Инвентаризация %1 отменена: ничего не проведено.</translation>
    </message>
    <message>
        <source>Write each line as CODE:QTY, e.g. FLT-001:3: %1</source>
        <translation>Записывайте каждую позицию как CODE:QTY, например FLT-001:3: %1</translation>
    </message>
    <message>
        <source>The quantity must be more than zero: %1</source>
        <translation>Количество должно быть больше нуля: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer out --to SHOP --item CODE:QTY... --out FILE [--json]</source>
        <translation>Использование: ovopctl transfer out --to SHOP --item CODE:QTY... --out FILE [--json]</translation>
    </message>
    <message>
        <source>Transfer %1 to %2: the goods left the stock; give the file %3 to the receiving shop.</source>
        <translation>Перемещение %1 в %2: товар списан с остатка; передайте файл %3 магазину-получателю.</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer in FILE [--received CODE:QTY...] [--confirmation FILE] [--json]</source>
        <translation>Использование: ovopctl transfer in FILE [--received CODE:QTY...] [--confirmation FILE] [--json]</translation>
    </message>
    <message>
        <source>--received is for a transfer file; this is a confirmation.</source>
        <translation>--received используется с файлом перемещения, а это подтверждение.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 received (%3).</source>
        <translation>Перемещение %1 из %2 принято (%3).</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3.</source>
        <translation>Магазин %1 подтвердил перемещение %2: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 was already received: nothing changed.</source>
        <translation>Перемещение %1 уже принято: ничего не изменено.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded: nothing changed.</source>
        <translation>Подтверждение перемещения %1 уже записано: ничего не изменено.</translation>
    </message>
    <message>
        <source>Confirmation written to %1: give it to %2.</source>
        <translation>Подтверждение записано в %1: передайте его магазину %2.</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer list [--json]</source>
        <translation>Использование: ovopctl transfer list [--json]</translation>
    </message>
    <message>
        <source>No transfers yet.</source>
        <translation>Перемещений пока нет.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Quantity sent</source>
        <translation>Кол-во отправлено</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>out</source>
        <translation>исходящее</translation>
    </message>
    <message>
        <source>in</source>
        <translation>входящее</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n строка записана в %1.</numerusform>
            <numerusform>%n строки записано в %1.</numerusform>
            <numerusform>%n строк записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a report row</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1 less %2 returned: %3</source>
        <translation>
            <numerusform>%n продажа на %1, за вычетом возвратов на %2: %3</numerusform>
            <numerusform>%n продажи на %1, за вычетом возвратов на %2: %3</numerusform>
            <numerusform>%n продаж на %1, за вычетом возвратов на %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in stock, worth %1 (of it %2 on consignment).</source>
        <translation>
            <numerusform>%n товар в наличии на %1 (из них на консигнации — %2).</numerusform>
            <numerusform>%n товара в наличии на %1 (из них на консигнации — %2).</numerusform>
            <numerusform>%n товаров в наличии на %1 (из них на консигнации — %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Owed to producers: %1; paid in the period: %2.</source>
        <translation>Начислено производителям: %1; выплачено за период: %2.</translation>
    </message>
    <message>
        <source>Sales less returns: %1</source>
        <translation>Продажи за вычетом возвратов: %1</translation>
    </message>
    <message>
        <source>Paid to producers: %1; owed to them: %2</source>
        <translation>Выплачено производителям: %1; причитается им: %2</translation>
    </message>
    <message>
        <source>Producers reached: %1 in %2 village(s) of %3 oblast(s)</source>
        <translation>Охвачено производителей: %1; сёл: %2; областей: %3</translation>
    </message>
    <message>
        <source>Women-led producers: %1 of the sales; women members: %2</source>
        <translation>Производители под руководством женщин: %1 продаж; доля женщин среди участников: %2</translation>
    </message>
    <message>
        <source>Working-conditions visit current: %1 of the sales</source>
        <translation>Визит для проверки условий труда проведён вовремя: %1 продаж</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Сёла</translation>
    </message>
    <message>
        <source>Visit overdue:</source>
        <translation>Визит просрочен:</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Отчёт записан в %1.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>%1 (return of %2)</source>
        <translation>%1 (возврат по %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown: the newest %1 are listed (--limit).</source>
        <translation>
            <numerusform>Ещё %n не показан: перечислены последние %1 (--limit).</numerusform>
            <numerusform>Ещё %n не показаны: перечислены последние %1 (--limit).</numerusform>
            <numerusform>Ещё %n не показаны: перечислены последние %1 (--limit).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of rows.</source>
        <translation>«%1» — не число строк.</translation>
    </message>
    <message>
        <source>Made again from the ledger: %1.</source>
        <translation>Пересчитано по журналу: %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a shop database: it is not an SQLite file.</source>
        <translation>%1 — не база данных магазина: это не файл SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used. Restore it from a backup (ovopctl restore FILE).</source>
        <translation>%1 повреждена, её нельзя использовать. Восстановите её из резервной копии (ovopctl restore FILE).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a shop database.</source>
        <translation>%1 — база данных SQLite другой программы, а не база данных магазина.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this application (data version %2; this version understands up to %3). Install the newer version to open it.</source>
        <translation>%1 записана более новой версией приложения (версия данных %2; эта версия понимает до %3). Установите новую версию, чтобы открыть её.</translation>
    </message>
    <message>
        <source>There is no shop database at %1. Create one with &quot;ovopctl init&quot;.</source>
        <translation>По пути %1 нет базы данных магазина. Создайте её командой «ovopctl init».</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to data version %1 (%2); it was left as it was.</source>
        <translation>Не удалось обновить базу данных до версии данных %1 (%2); она оставлена как была.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that holds it exclusively (a restore, perhaps). Nothing was changed; try again when it has finished.</source>
        <translation>%1 занята другой программой, которая не допускает к ней других (возможно, идёт восстановление). Ничего не изменено; повторите попытку, когда она закончит работу.</translation>
    </message>
    <message>
        <source>%1 cannot be read: this user may not open the file or its folder.</source>
        <translation>Не удаётся прочитать %1: у этого пользователя нет прав на открытие файла или его папки.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. %2</source>
        <translation>Не удаётся открыть базу данных %1. %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only for this user, and the shop application must write to it. Ask whoever looks after this computer to allow writing to the file and its folder.</source>
        <translation>База данных %1 доступна этому пользователю только для чтения, а приложению магазина нужно в неё записывать. Попросите того, кто обслуживает этот компьютер, разрешить запись в файл и его папку.</translation>
    </message>
    <message>
        <source>The audit log of %1 is no longer protected: %2 Nothing can be done with this database until an administrator runs &quot;ovopctl check --repair&quot;.</source>
        <translation>Журнал аудита базы данных %1 больше не защищён: %2 С этой базой данных ничего нельзя делать, пока администратор не выполнит «ovopctl check --repair».</translation>
    </message>
    <message>
        <source>The upgrade would leave records that refer to records that do not exist.</source>
        <translation>После обновления остались бы записи, ссылающиеся на несуществующие записи.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>This database already has products; the demo catalogue goes into an empty catalogue only.</source>
        <translation>В этой базе данных уже есть товары; демонстрационный каталог загружается только в пустой каталог.</translation>
    </message>
    <message>
        <source>The demo catalogue is missing from this build.</source>
        <translation>В этой сборке нет демонстрационного каталога.</translation>
    </message>
    <message>
        <source>The demo catalogue is damaged.</source>
        <translation>Демонстрационный каталог повреждён.</translation>
    </message>
    <message>
        <source>The demo catalogue could not be stored.</source>
        <translation>Не удалось сохранить демонстрационный каталог.</translation>
    </message>
    <message>
        <source>Opening stock from %1</source>
        <translation>Начальный остаток от %1</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The demo history needs the demo catalogue.</source>
        <translation>Для демо-истории нужен демо-каталог.</translation>
    </message>
    <message>
        <source>Delivered for the month&apos;s sales</source>
        <translation>Поставка для продаж месяца</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>This database already has users; the demo shop goes into a new database only.</source>
        <translation>В этой базе данных уже есть пользователи; демонстрационный магазин создаётся только в новой базе.</translation>
    </message>
    <message>
        <source>Water for the shop</source>
        <translation>Вода для магазина</translation>
    </message>
</context>
<context>
    <name>Elqr</name>
    <message>
        <source>The ELQR link ends in the middle of a field: &quot;%1&quot; is not a whole id and length.</source>
        <translation>Ссылка ELQR обрывается посреди поля: «%1» — это не полные идентификатор и длина.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ELQR field id: every field starts with two digits.</source>
        <translation>«%1» — не идентификатор поля ELQR: каждое поле начинается с двух цифр.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in ELQR field %2 is not a sub-field id: every sub-field starts with two digits.</source>
        <translation>«%1» в поле ELQR %2 — не идентификатор подполя: каждое подполе начинается с двух цифр.</translation>
    </message>
    <message>
        <source>The length of ELQR field %1 is not two digits: &quot;%2&quot;.</source>
        <translation>Длина поля ELQR %1 — не две цифры: «%2».</translation>
    </message>
    <message>
        <source>ELQR field %1 is cut short: its length says %2 characters, only %3 follow.</source>
        <translation>Поле ELQR %1 обрезано: по длине в нём %2 символов, а дальше идёт только %3.</translation>
    </message>
    <message>
        <source>This is not an ELQR link: it has no &apos;#&apos; before the payment fields.</source>
        <translation>Это не ссылка ELQR: в ней нет «#» перед платёжными полями.</translation>
    </message>
    <message>
        <source>The ELQR link has no payment fields after &apos;#&apos;.</source>
        <translation>В ссылке ELQR нет платёжных полей после «#».</translation>
    </message>
    <message>
        <source>ELQR field %1 appears more than once.</source>
        <translation>Поле ELQR %1 встречается больше одного раза.</translation>
    </message>
    <message>
        <source>The ELQR link has no field %1.</source>
        <translation>В ссылке ELQR нет поля %1.</translation>
    </message>
    <message>
        <source>The ELQR link has neither field %1 nor field %2.</source>
        <translation>В ссылке ELQR нет ни поля %1, ни поля %2.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 01, not &quot;%2&quot;.</source>
        <translation>Поле ELQR %1 должно быть 01, а не «%2».</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 11 (static) or 12 (dynamic), not &quot;%2&quot;.</source>
        <translation>Поле ELQR %1 должно быть 11 (статический) или 12 (динамический), а не «%2».</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 417 (som), not &quot;%2&quot;.</source>
        <translation>Поле ELQR %1 должно быть 417 (сом), а не «%2».</translation>
    </message>
    <message>
        <source>ELQR field %1 must be a whole number of tyiyn in digits, not &quot;%2&quot;.</source>
        <translation>Поле ELQR %1 должно быть целым числом тыйынов, записанным цифрами, а не «%2».</translation>
    </message>
    <message>
        <source>ELQR field %1 is too long: %2 characters, at most %3.</source>
        <translation>Поле ELQR %1 слишком длинное: %2 символов, допустимо не более %3.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be four hex digits, not &quot;%2&quot;.</source>
        <translation>Поле ELQR %1 должно состоять из четырёх шестнадцатеричных цифр, а не «%2».</translation>
    </message>
    <message>
        <source>The ELQR checksum (field 63) does not match the other fields: the link says %1, they give %2. The link was changed or copied wrongly.</source>
        <translation>Контрольная сумма ELQR (поле 63) не совпадает с остальными полями: в ссылке %1, а по полям получается %2. Ссылку изменили или скопировали с ошибкой.</translation>
    </message>
    <message>
        <source>provider id</source>
        <translation>идентификатор провайдера</translation>
    </message>
    <message>
        <source>service code</source>
        <translation>код услуги</translation>
    </message>
    <message>
        <source>recipient id</source>
        <translation>идентификатор получателя</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>идентификатор транзакции</translation>
    </message>
    <message>
        <source>amount editable</source>
        <translation>сумму можно изменить</translation>
    </message>
    <message>
        <source>recipient editable</source>
        <translation>получателя можно изменить</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>версия формата</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>продавец</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>merchant category code</source>
        <translation>код категории продавца</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>provider name</source>
        <translation>название провайдера</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>контрольная сумма</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>поле %1</translation>
    </message>
    <message>
        <source>The amount of a QR payment must be above zero.</source>
        <translation>Сумма оплаты по QR должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A QR payment needs the receipt number.</source>
        <translation>Для оплаты по QR нужен номер чека.</translation>
    </message>
    <message>
        <source>The receipt number is too long for an ELQR link: %1 characters, at most %2.</source>
        <translation>Номер чека слишком длинный для ссылки ELQR: %1 символов, допустимо не более %2.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>%1 is a file of the shop database itself (%2), not a file to read from. Choose another file.</source>
        <translation>%1 — файл самой базы данных магазина (%2), а не файл для чтения. Выберите другой файл.</translation>
    </message>
    <message>
        <source>%1 is a file of the shop database (%2) or of its backups; it is never written over. Choose another file name or folder.</source>
        <translation>%1 — файл базы данных магазина (%2) или её резервных копий; он никогда не перезаписывается. Выберите другое имя файла или другую папку.</translation>
    </message>
</context>
<context>
    <name>FiscalService</name>
    <message>
        <source>Only sales and returns are sent to the fiscal register.</source>
        <translation>В фискальный регистратор отправляются только продажи и возвраты.</translation>
    </message>
    <message>
        <source>The receipt cannot be sent to the fiscal register before the sale is saved.</source>
        <translation>Чек нельзя отправить в фискальный регистратор, пока продажа не сохранена.</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>Чек не найден.</translation>
    </message>
</context>
<context>
    <name>GroupSalesReport</name>
    <message>
        <source>Ask for 1 to %1 sales and returns, not %2.</source>
        <translation>Укажите от 1 до %1 продаж и возвратов, а не %2.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>OVOP shop</source>
        <translation>Магазин OVOP</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not known. Use ky, ru or en.</source>
        <translation>Язык «%1» неизвестен. Используйте ky, ru или en.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>New: %1, changed: %2, unchanged: %3.</source>
        <translation>Новых: %1, изменённых: %2, без изменений: %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>  line %1, %2: new</source>
        <translation>  строка %1, %2: новая</translation>
    </message>
    <message>
        <source>  line %1, %2: changes %3</source>
        <translation>  строка %1, %2: изменения %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n проблема:</numerusform>
            <numerusform>%n проблемы:</numerusform>
            <numerusform>%n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>строка %1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный прогон: ничего не изменено.</translation>
    </message>
    <message>
        <source>Everything in the file is already there: nothing was changed.</source>
        <translation>Всё из файла уже есть: ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Импортировано: новых %1, изменённых %2, без изменений %3.</translation>
    </message>
    <message numerus="yes">
        <source>File %1: %2, delimiter &quot;%3&quot;, %n row(s).</source>
        <translation>
            <numerusform>Файл %1: %2, разделитель «%3», %n строка.</numerusform>
            <numerusform>Файл %1: %2, разделитель «%3», %n строки.</numerusform>
            <numerusform>Файл %1: %2, разделитель «%3», %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>With problems: %1.</source>
        <translation>С проблемами: %1.</translation>
    </message>
</context>
<context>
    <name>ImportRowReport</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Ничего не импортировано: в %n строке есть ошибки.</numerusform>
            <numerusform>Ничего не импортировано: в %n строках есть ошибки.</numerusform>
            <numerusform>Ничего не импортировано: в %n строках есть ошибки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>The database %1 is already open in %2 (process %3 on computer %4). Close it there first, or continue in that window.</source>
        <translation>База данных %1 уже открыта в %2 (процесс %3 на компьютере %4). Сначала закройте её там или продолжайте работу в том окне.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>The database %1 is already open in another program. Close it there first.</source>
        <translation>База данных %1 уже открыта в другой программе. Сначала закройте её там.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created: there is no permission to write in that folder.</source>
        <translation>Не удаётся создать файл блокировки %1: нет прав на запись в эту папку.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>Не удаётся создать файл блокировки %1.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The database file is damaged and cannot be checked: %1 Restore it from a backup.</source>
        <translation>Файл базы данных повреждён и не может быть проверен: %1 Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from a backup.</source>
        <translation>Файл базы данных повреждён: %1. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: %1</source>
        <translation>Не удаётся проверить связи между записями: %1</translation>
    </message>
    <message>
        <source>Record %1 of table %2 refers to a record of table %3 that does not exist.</source>
        <translation>Запись %1 таблицы %2 ссылается на несуществующую запись таблицы %3.</translation>
    </message>
    <message>
        <source>The stock levels cannot be compared with the ledger: %1</source>
        <translation>Остатки нельзя сверить с журналом движений: %1</translation>
    </message>
    <message>
        <source>The Z reports cannot be compared with their shifts: %1</source>
        <translation>Z-отчёты нельзя сверить с их сменами: %1</translation>
    </message>
    <message>
        <source>The stock movements&apos; documents cannot be checked: %1</source>
        <translation>Не удаётся проверить документы движений товара: %1</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports cannot be compared with the ledger: %1</source>
        <translation>Итоги продаж для отчётов нельзя сравнить с журналом: %1</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports cannot be compared with the ledger: %1</source>
        <translation>Расчёты с производителями для отчётов нельзя сравнить с журналом: %1</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports cannot be compared with the ledger: %1</source>
        <translation>Продажи товаров, хранимые для отчётов, нельзя сверить с журналом: %1</translation>
    </message>
</context>
<context>
    <name>LabelRenderer</name>
    <message>
        <source>Label %1</source>
        <translation>Этикетка %1</translation>
    </message>
    <message>
        <source>Label %1 (%2)</source>
        <translation>Этикетка %1 (%2)</translation>
    </message>
    <message>
        <source>The product has no name in the chosen language.</source>
        <translation>У товара нет названия на выбранном языке.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; is too long to print on a label: give the product an in-store barcode.</source>
        <translation>Штрихкод «%1» слишком длинный для печати на этикетке: присвойте товару внутренний штрихкод магазина.</translation>
    </message>
    <message>
        <source>The product code &quot;%1&quot; is too long for the QR code of a label: use a shorter code.</source>
        <translation>Код товара «%1» слишком длинный для QR-кода этикетки: используйте более короткий код.</translation>
    </message>
    <message>
        <source>There are no labels to print: choose at least one product.</source>
        <translation>Нечего печатать: выберите хотя бы один товар.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and %1.</source>
        <translation>Число копий должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>The number of used labels to skip must be between 0 and %1.</source>
        <translation>Число пропускаемых использованных этикеток должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>Price labels</source>
        <translation>Ценники</translation>
    </message>
    <message>
        <source>The preview resolution must be between 50 and 1200 dots per inch.</source>
        <translation>Разрешение предпросмотра должно быть от 50 до 1200 точек на дюйм.</translation>
    </message>
    <message>
        <source>Label 58 x 40 mm</source>
        <translation>Этикетка 58 x 40 мм</translation>
    </message>
    <message>
        <source>The printer does not take pages of %1: choose another printer or paper.</source>
        <translation>Принтер не принимает страницы формата %1: выберите другой принтер или бумагу.</translation>
    </message>
    <message>
        <source>Could not start printing the labels: check that the printer is ready.</source>
        <translation>Не удалось начать печать этикеток: проверьте, что принтер готов.</translation>
    </message>
    <message>
        <source>Could not start a new page: check the printer.</source>
        <translation>Не удалось начать новую страницу: проверьте принтер.</translation>
    </message>
    <message>
        <source>Could not finish printing the labels: check the printer.</source>
        <translation>Не удалось завершить печать этикеток: проверьте принтер.</translation>
    </message>
</context>
<context>
    <name>LinearBarcode</name>
    <message>
        <source>The product has no barcode: give it one (or an in-store code) before printing its label.</source>
        <translation>У товара нет штрихкода: присвойте ему штрихкод (или внутренний код магазина) перед печатью этикетки.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; has %2 digits: a barcode of digits must be an EAN-13 (13 digits), EAN-8 (8 digits) or UPC-A (12 digits).</source>
        <translation>В штрихкоде «%1» %2 цифр: цифровой штрихкод должен быть EAN-13 (13 цифр), EAN-8 (8 цифр) или UPC-A (12 цифр).</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; has a wrong check digit (%2, it should be %3): check the number printed on the product.</source>
        <translation>У штрихкода «%1» неверная контрольная цифра (%2, должна быть %3): проверьте номер, напечатанный на товаре.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; contains &quot;%2&quot;: a barcode may hold only digits, Latin letters and signs, without spaces.</source>
        <translation>Штрихкод «%1» содержит «%2»: штрихкод может содержать только цифры, латинские буквы и знаки, без пробелов.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; is too long to print on a label (at most %2 characters): give the product an in-store barcode.</source>
        <translation>Штрихкод «%1» слишком длинный для печати на этикетке (не более %2 символов): присвойте товару внутренний штрихкод магазина.</translation>
    </message>
    <message>
        <source>Could not draw the barcode &quot;%1&quot;: out of memory.</source>
        <translation>Не удалось нарисовать штрихкод «%1»: не хватает памяти.</translation>
    </message>
    <message>
        <source>Could not draw the barcode &quot;%1&quot;.</source>
        <translation>Не удалось нарисовать штрихкод «%1».</translation>
    </message>
</context>
<context>
    <name>MinLevels</name>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар не найден; возможно, он удалён.</translation>
    </message>
    <message>
        <source>The minimum level cannot be less than zero.</source>
        <translation>Минимальный остаток не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 учитывается целыми штуками: введите целое число.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (tyiyn): &quot;%1&quot;.</source>
        <translation>В сумме не более двух знаков после запятой (тыйыны): «%1».</translation>
    </message>
    <message>
        <source>The amount cannot be negative: &quot;%1&quot;.</source>
        <translation>Сумма не может быть отрицательной: «%1».</translation>
    </message>
    <message>
        <source>The amount is too large: &quot;%1&quot;.</source>
        <translation>Сумма слишком велика: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Write it like 1234,50 or 1234.50.</source>
        <translation>«%1» — не денежная сумма. Запишите её как 1234,50 или 1234.50.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>add users, disable or enable them, reset PINs</source>
        <translation>добавление пользователей, их отключение и включение, сброс PIN-кодов</translation>
    </message>
    <message>
        <source>who did what and when, and a check that no entry was altered</source>
        <translation>кто что и когда сделал, и проверка, что ни одна запись не изменена</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>find products by barcode, SKU or name, see prices and stock, print labels</source>
        <translation>поиск товаров по штрихкоду, артикулу или названию, цены и остатки, печать этикеток</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>the producers, their villages and due-diligence record, overdue working-conditions visits</source>
        <translation>производители, их сёла и данные комплексной проверки, просроченные визиты для проверки условий труда</translation>
    </message>
    <message>
        <source>shop code, name, address, device, receipt header, tax profile and villages</source>
        <translation>код магазина, название, адрес, устройство, заголовок чека, налоговый профиль и сёла</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>the till: scan goods, take cash, card or QR payments, park and recall carts</source>
        <translation>касса: сканирование товаров, оплата наличными, картой или по QR, отложенные чеки</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>open and close the shift, cash in and out, X and Z reports, returns, the fiscal register</source>
        <translation>открытие и закрытие смены, внесения и изъятия, X- и Z-отчёты, возвраты, фискальный регистратор</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>statements of what sold for consignment producers, paying them, goods given back to them</source>
        <translation>отчёты о продажах для производителей на консигнации, выплаты им, возврат им товара</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>stock on hand and its value, deliveries from producers, corrections, minimum levels and the reorder list</source>
        <translation>остатки и их стоимость, поставки от производителей, корректировки, минимальные остатки и список для дозаказа</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>count the goods on the shelves by scanning them, see the differences, post the count</source>
        <translation>пересчёт товара на полках сканированием, расхождения, проведение инвентаризации</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Перемещения</translation>
    </message>
    <message>
        <source>send goods to another shop of the network with a file, receive goods sent here</source>
        <translation>отправка товара в другой магазин сети с файлом, приём присланного сюда товара</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>the dashboard: sales over time, by category, oblast, producer and payment method, stock value; the reports as tables, PDF, CSV or on paper</source>
        <translation>панель: продажи по времени, категориям, областям, производителям и способам оплаты, стоимость остатков; отчёты таблицами, в PDF, CSV или на бумаге</translation>
    </message>
</context>
<context>
    <name>PayoutService</name>
    <message>
        <source>Give the bank transfer&apos;s reference, as the bank&apos;s receipt shows it.</source>
        <translation>Укажите номер операции банковского перевода, как он указан в квитанции банка.</translation>
    </message>
    <message>
        <source>Give the wallet transfer&apos;s reference, as the wallet&apos;s receipt shows it.</source>
        <translation>Укажите номер операции перевода с кошелька, как он указан в квитанции кошелька.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters; shorten it.</source>
        <translation>Номер операции длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>Statement %1 was paid already with payout %2 (%3): it cannot be paid twice.</source>
        <translation>По отчёту %1 уже выплачено (выплата %2, %3): дважды выплатить нельзя.</translation>
    </message>
    <message>
        <source>Statement %1 owes %2 nothing: there is nothing to pay.</source>
        <translation>По отчёту %1 производителю %2 ничего не причитается: выплачивать нечего.</translation>
    </message>
    <message>
        <source>On statement %1 the returns outweigh the sales: %2 owes the shop %3, there is nothing to pay.</source>
        <translation>По отчёту %1 возвраты больше продаж: производитель %2 должен магазину %3, выплачивать нечего.</translation>
    </message>
    <message>
        <source>A cash payout comes out of the drawer: open a shift on this till first, or pay by bank or wallet.</source>
        <translation>Выплата наличными берётся из кассы: сначала откройте смену на этой кассе или выплатите через банк или кошелёк.</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer: %2 for %3 cannot be paid in cash.</source>
        <translation>В кассе должно быть только %1: выплатить %2 производителю %3 наличными нельзя.</translation>
    </message>
    <message>
        <source>Payout %1 to %2 for statement %3</source>
        <translation>Выплата %1 производителю %2 по отчёту %3</translation>
    </message>
</context>
<context>
    <name>PlaceService</name>
    <message>
        <source>Enter the village&apos;s name in at least one language.</source>
        <translation>Введите название села хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Название длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>Choose the oblast of the village.</source>
        <translation>Выберите область, где находится село.</translation>
    </message>
    <message>
        <source>The chosen district is not in the list.</source>
        <translation>Выбранного района нет в списке.</translation>
    </message>
    <message>
        <source>The chosen district is not in the chosen oblast. Choose them again.</source>
        <translation>Выбранный район не входит в выбранную область. Выберите их заново.</translation>
    </message>
    <message>
        <source>There is already a village named %1 in this district.</source>
        <translation>В этом районе уже есть село %1.</translation>
    </message>
    <message>
        <source>The village was not found; it may have been removed. Nothing was saved.</source>
        <translation>Село не найдено; возможно, оно удалено. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>ProducerDocument</name>
    <message>
        <source>Statement %1</source>
        <translation>Отчёт %1</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Платёжные реквизиты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Returned by customers</source>
        <translation>Возвращено покупателями</translation>
    </message>
    <message>
        <source>Shop&apos;s commission</source>
        <translation>Комиссия магазина</translation>
    </message>
    <message>
        <source>Owed to the producer</source>
        <translation>Причитается производителю</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation>От магазина</translation>
    </message>
    <message>
        <source>The producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Goods returned to the producer %1</source>
        <translation>Возврат товара производителю %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Handed over for the shop</source>
        <translation>Передал от магазина</translation>
    </message>
    <message>
        <source>Received by the producer</source>
        <translation>Принял производитель</translation>
    </message>
</context>
<context>
    <name>ProducerDocumentRenderer</name>
    <message>
        <source>Could not write the document.</source>
        <translation>Не удалось записать документ.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>Принтер не выбран.</translation>
    </message>
</context>
<context>
    <name>ProducerImport</name>
    <message>
        <source>&quot;%1&quot; is not a number of people. Write a whole number such as 12.</source>
        <translation>«%1» — не число людей. Напишите целое число, например 12.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use individual, group or cooperative.</source>
        <translation>Неизвестный вид «%1». Используйте individual, group или cooperative.</translation>
    </message>
    <message>
        <source>Unknown terms &quot;%1&quot;. Use consignment or purchase.</source>
        <translation>Неизвестные условия «%1». Используйте consignment или purchase.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commission. Write a percentage from 0 to 100, such as 25 or 12,5.</source>
        <translation>«%1» — не комиссия. Напишите процент от 0 до 100, например 25 или 12,5.</translation>
    </message>
    <message>
        <source>Unknown village &quot;%1&quot;. Add it in Settings → Villages first, or write the name as it is there.</source>
        <translation>Неизвестное село «%1». Сначала добавьте его в Настройки → Сёла или напишите название так, как оно указано там.</translation>
    </message>
    <message>
        <source>Several villages are called &quot;%1&quot;: %2. Add a district column, or write the village id.</source>
        <translation>Несколько сёл называются «%1»: %2. Добавьте столбец района или укажите идентификатор села.</translation>
    </message>
    <message>
        <source>The file %1 has a header row but no producers. Nothing was imported.</source>
        <translation>В файле %1 есть строка заголовка, но нет производителей. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>These columns are not used and were left out: %1.</source>
        <translation>Эти столбцы не используются и были пропущены: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Импорт отменён. Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 has %n problem(s): nothing was imported. Correct the rows listed and import the file again.</source>
        <translation>
            <numerusform>В файле %1 %n проблема: ничего не импортировано. Исправьте перечисленные строки и импортируйте файл снова.</numerusform>
            <numerusform>В файле %1 %n проблемы: ничего не импортировано. Исправьте перечисленные строки и импортируйте файл снова.</numerusform>
            <numerusform>В файле %1 %n проблем: ничего не импортировано. Исправьте перечисленные строки и импортируйте файл снова.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerKinds</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Кооператив</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Индивидуальный</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Закупка</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Консигнация</translation>
    </message>
</context>
<context>
    <name>ProducerReturnService</name>
    <message>
        <source>Choose what goes back to the producer: at least one line.</source>
        <translation>Выберите, что вернуть производителю: хотя бы одну позицию.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>Примечание длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The producer was not found.</source>
        <translation>Производитель не найден.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар не найден; возможно, он удалён.</translation>
    </message>
    <message>
        <source>%1 is not made by %2: only the producer&apos;s own goods go back to it.</source>
        <translation>%1 изготовлен не производителем %2: производителю возвращается только его собственный товар.</translation>
    </message>
    <message>
        <source>None of %1 is on hand: nothing can go back.</source>
        <translation>%1 нет в наличии: вернуть нечего.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is on hand: %3 cannot go back.</source>
        <translation>%2: в наличии только %1, вернуть %3 нельзя.</translation>
    </message>
    <message>
        <source>There is no return to a producer %1.</source>
        <translation>Возврата производителю %1 нет.</translation>
    </message>
</context>
<context>
    <name>ProducerRollup</name>
    <message>
        <source>More differences between the producers&apos; money kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>Остальные расхождения между расчётами с производителями для отчётов и журналом не показаны; пересчитайте итоги.</translation>
    </message>
    <message>
        <source>day %1, shop %2, producer %3, statement &quot;%4&quot;</source>
        <translation>день %1, магазин %2, производитель %3, отчёт «%4»</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports is missing or differs from the ledger at %1.</source>
        <translation>Расчёты с производителями для отчётов отсутствуют или расходятся с журналом: %1.</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports has a row the ledger does not give at %1.</source>
        <translation>В расчётах с производителями для отчётов есть строка, которой нет в журнале: %1.</translation>
    </message>
</context>
<context>
    <name>ProducerService</name>
    <message>
        <source>The code %1 is also on line %2 of the file.</source>
        <translation>Код %1 есть также в строке %2 файла.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1.</source>
        <translation>Нет производителя с кодом %1.</translation>
    </message>
    <message>
        <source>The producer was not found; it may have been removed.</source>
        <translation>Производитель не найден; возможно, он удалён.</translation>
    </message>
    <message>
        <source>Enter the producer&apos;s code (for example BOS-01).</source>
        <translation>Введите код производителя (например, BOS-01).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may hold only Latin letters, digits and - _ . and at most %2 characters.</source>
        <translation>Код «%1» может содержать только латинские буквы, цифры и - _ . и не более %2 символов.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the producer %2. Choose another code.</source>
        <translation>Код %1 уже занят производителем %2. Выберите другой код.</translation>
    </message>
    <message>
        <source>Enter the producer&apos;s name.</source>
        <translation>Введите имя производителя.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Название длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>Choose the village the producer lives and works in.</source>
        <translation>Выберите село, где живёт и работает производитель.</translation>
    </message>
    <message>
        <source>The chosen village is not in the list of villages. Choose it again or add it in Settings.</source>
        <translation>Выбранного села нет в списке сёл. Выберите его снова или добавьте в Настройках.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: use digits, spaces, - and an optional leading + (for example +996 555 123 456).</source>
        <translation>Номер телефона «%1» неверен: используйте цифры, пробелы, - и необязательный + в начале (например, +996 555 123 456).</translation>
    </message>
    <message>
        <source>The number of members must be at least 1.</source>
        <translation>Число участников должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The number of women cannot be negative.</source>
        <translation>Число женщин не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The number of women (%1) cannot be more than the number of members (%2).</source>
        <translation>Число женщин (%1) не может быть больше числа участников (%2).</translation>
    </message>
    <message>
        <source>The commission must be between 0% and 100%.</source>
        <translation>Комиссия должна быть от 0% до 100%.</translation>
    </message>
    <message>
        <source>The date of the last visit is in the future.</source>
        <translation>Дата последнего визита — в будущем.</translation>
    </message>
    <message>
        <source>The date of the child-labour check is in the future.</source>
        <translation>Дата проверки на детский труд — в будущем.</translation>
    </message>
    <message>
        <source>The certificate date is in the future.</source>
        <translation>Дата сертификата — в будущем.</translation>
    </message>
    <message>
        <source>The producer was not found; it may have been removed. Nothing was saved.</source>
        <translation>Производитель не найден; возможно, он удалён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The producer %1 is already archived.</source>
        <translation>Производитель %1 уже в архиве.</translation>
    </message>
    <message>
        <source>The producer %1 is not archived.</source>
        <translation>Производитель %1 не в архиве.</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <source>The barcode &quot;%1&quot; was turned into a number by the spreadsheet and its digits are lost. Format the barcode column as text, type the codes again and save.</source>
        <translation>Электронная таблица превратила штрихкод «%1» в число, и его цифры потеряны. Задайте столбцу штрихкодов текстовый формат, введите коды заново и сохраните.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Use one of: %2.</source>
        <translation>Неизвестная категория «%1». Используйте одну из: %2.</translation>
    </message>
    <message>
        <source>Unknown tax group &quot;%1&quot;. Use one of: %2.</source>
        <translation>Неизвестная налоговая группа «%1». Используйте одну из: %2.</translation>
    </message>
    <message>
        <source>name_ky, name_ru or name_en</source>
        <translation>name_ky, name_ru или name_en</translation>
    </message>
    <message>
        <source>The file %1 has a header row but no products. Nothing was imported.</source>
        <translation>В файле %1 есть строка заголовка, но нет товаров. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>These columns are not used and were left out: %1.</source>
        <translation>Эти столбцы не используются и были пропущены: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Импорт отменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file is saved in Windows-1251, which has no letters Ң, Ө, Ү: the spreadsheet may have put &quot;?&quot; in their place in Kyrgyz text (lines %1). Check them, or save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Файл сохранён в Windows-1251, где нет букв Ң, Ө, Ү: электронная таблица могла поставить на их место «?» в кыргызском тексте (строки %1). Проверьте их или сохраните файл как «CSV UTF-8» и импортируйте снова.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 has %n problem(s): nothing was imported. Correct the rows listed and import the file again.</source>
        <translation>
            <numerusform>В файле %1 %n проблема: ничего не импортировано. Исправьте перечисленные строки и импортируйте файл снова.</numerusform>
            <numerusform>В файле %1 %n проблемы: ничего не импортировано. Исправьте перечисленные строки и импортируйте файл снова.</numerusform>
            <numerusform>В файле %1 %n проблем: ничего не импортировано. Исправьте перечисленные строки и импортируйте файл снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SKU %1 is also on line %2 of the file.</source>
        <translation>Артикул %1 есть также в строке %2 файла.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2 of the file.</source>
        <translation>Штрихкод %1 есть также в строке %2 файла.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;. Use one of: %2.</source>
        <translation>Неизвестная единица измерения «%1». Используйте одну из: %2.</translation>
    </message>
    <message>
        <source>The minimum level &quot;%1&quot; is not a quantity: write a number of %2 (such as 5 or 2.5), or leave it empty to keep the level as it is.</source>
        <translation>Минимальный остаток «%1» — не количество: укажите число в %2 (например, 5 или 2,5) или оставьте поле пустым, чтобы не менять остаток.</translation>
    </message>
    <message>
        <source>The minimum level &quot;%1&quot; is not a whole number: the product is counted in whole pieces.</source>
        <translation>Минимальный остаток «%1» — не целое число: товар учитывается в целых штуках.</translation>
    </message>
</context>
<context>
    <name>ProductRollup</name>
    <message>
        <source>day %1, shop %2, product %3</source>
        <translation>день %1, магазин %2, товар %3</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports are missing or differ from the ledger at %1.</source>
        <translation>Продажи товаров, хранимые для отчётов, отсутствуют или расходятся с журналом: %1.</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports have a row the ledger does not give at %1.</source>
        <translation>В продажах товаров, хранимых для отчётов, есть строка, которой нет в журнале: %1.</translation>
    </message>
    <message>
        <source>More differences between the products&apos; sales kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>Другие расхождения продаж товаров, хранимых для отчётов, с журналом не показаны; пересчитайте показатели.</translation>
    </message>
</context>
<context>
    <name>ProductSalesReport</name>
    <message>
        <source>Ask for 1 to 1000 products, not %1.</source>
        <translation>Запросите от 1 до 1000 товаров, а не %1.</translation>
    </message>
</context>
<context>
    <name>QrSymbol</name>
    <message>
        <source>The product code for the QR code is empty.</source>
        <translation>Код товара для QR-кода пуст.</translation>
    </message>
    <message>
        <source>The product code for the QR code contains a NUL character.</source>
        <translation>Код товара для QR-кода содержит символ NUL.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is too long for a QR code.</source>
        <translation>Текст «%1» слишком длинный для QR-кода.</translation>
    </message>
    <message>
        <source>Could not make the QR code for &quot;%1&quot;.</source>
        <translation>Не удалось создать QR-код для «%1».</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Введите количество.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals: &quot;%1&quot;.</source>
        <translation>В количестве не более трёх знаков после запятой: «%1».</translation>
    </message>
    <message>
        <source>The quantity cannot be negative: &quot;%1&quot;.</source>
        <translation>Количество не может быть отрицательным: «%1».</translation>
    </message>
    <message>
        <source>The quantity is too large: &quot;%1&quot;.</source>
        <translation>Количество слишком велико: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity. Write it like 2 or 1,5.</source>
        <translation>«%1» — не количество. Запишите его как 2 или 1,5.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>Оплата по QR</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>Including VAT %1%</source>
        <translation>В т. ч. НДС %1%</translation>
    </message>
    <message>
        <source>Including sales tax %1%</source>
        <translation>В т. ч. налог с продаж %1%</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Открыл(а)</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Размен на начало</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Продажи за наличные</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Возвраты наличными</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесения</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятия</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Ожидаемые наличные</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Продажи: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Возвраты: %1</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Предоставлено скидок</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>По способам оплаты</translation>
    </message>
    <message>
        <source>Not a fiscal receipt</source>
        <translation>Не фискальный чек</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Чек №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Подытог</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>Спасибо за покупку!</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>ВОЗВРАТ</translation>
    </message>
    <message>
        <source>Return No.</source>
        <translation>Возврат №</translation>
    </message>
    <message>
        <source>Against receipt No.</source>
        <translation>По чеку №</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Подтвердил(а)</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>К ВОЗВРАТУ</translation>
    </message>
    <message>
        <source>Not a fiscal document</source>
        <translation>Не фискальный документ</translation>
    </message>
    <message>
        <source>X REPORT</source>
        <translation>X-ОТЧЁТ</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Напечатан</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Z REPORT No. %1</source>
        <translation>Z-ОТЧЁТ № %1</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Закрыл(а)</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Пересчёт наличных</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Наличные по пересчёту</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>Could not set up a receipt page of %1 mm.</source>
        <translation>Не удалось настроить страницу чека шириной %1 мм.</translation>
    </message>
    <message>
        <source>Could not write the receipt as PDF.</source>
        <translation>Не удалось записать чек в PDF.</translation>
    </message>
    <message>
        <source>No printer was chosen for the receipt.</source>
        <translation>Для чека не выбран принтер.</translation>
    </message>
    <message>
        <source>Could not start printing the receipt: check that the printer is ready.</source>
        <translation>Не удалось начать печать чека: проверьте, что принтер готов.</translation>
    </message>
    <message>
        <source>Could not start a new page: check the printer.</source>
        <translation>Не удалось начать новую страницу: проверьте принтер.</translation>
    </message>
    <message>
        <source>Could not finish printing the receipt: check the printer.</source>
        <translation>Не удалось завершить печать чека: проверьте принтер.</translation>
    </message>
</context>
<context>
    <name>ReceivingService</name>
    <message>
        <source>Add at least one product to the delivery.</source>
        <translation>Добавьте в поставку хотя бы один товар.</translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation>Дата поставки не может быть в будущем.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it.</source>
        <translation>Текст длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>No producer has the code %1.</source>
        <translation>Нет производителя с кодом %1.</translation>
    </message>
    <message>
        <source>Choose a producer.</source>
        <translation>Выберите производителя.</translation>
    </message>
    <message>
        <source>Producer %1 is archived: make the producer active again first.</source>
        <translation>Производитель %1 в архиве: сначала снова сделайте его активным.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Строка %1: </translation>
    </message>
    <message>
        <source>the product was not found; it may have been removed.</source>
        <translation>товар не найден; возможно, он удалён.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>Товар не найден.</translation>
    </message>
    <message>
        <source>%1 is made by another producer, not %2.</source>
        <translation>%1 изготовлен другим производителем, а не %2.</translation>
    </message>
    <message>
        <source>%1 is archived: put it back on sale first.</source>
        <translation>%1 в архиве: сначала верните его в продажу.</translation>
    </message>
    <message>
        <source>the quantity of %1 must be more than zero.</source>
        <translation>количество %1 должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 учитывается целыми штуками: введите целое число.</translation>
    </message>
    <message>
        <source>goods bought need their cost: enter what one unit of %1 cost.</source>
        <translation>для купленного товара нужна себестоимость: введите, сколько стоила одна единица %1.</translation>
    </message>
    <message>
        <source>the cost cannot be less than zero.</source>
        <translation>себестоимость не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: enter the batch.</source>
        <translation>%1 учитывается по партиям: введите партию.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: enter the expiry date.</source>
        <translation>%1 учитывается по партиям: введите срок годности.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: leave the batch and expiry empty.</source>
        <translation>%1 не учитывается по партиям: оставьте партию и срок годности пустыми.</translation>
    </message>
    <message>
        <source>No delivery has the number %1.</source>
        <translation>Поставки с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>ReorderDocument</name>
    <message>
        <source>Reorder list</source>
        <translation>Список для дозаказа</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Не удалось создать PDF.</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>Нет товаров ниже минимального остатка.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>Не удалось запустить печать: проверьте, что принтер включён и подключён.</translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <source>Impact report</source>
        <translation>Отчёт о социальном воздействии</translation>
    </message>
    <message>
        <source>%1 producers, %2 of the sales</source>
        <translation>Производителей: %1; %2 продаж</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Продажи за вычетом возвратов</translation>
    </message>
    <message>
        <source>Paid to producers</source>
        <translation>Выплачено производителям</translation>
    </message>
    <message>
        <source>Owed to producers</source>
        <translation>К выплате производителям</translation>
    </message>
    <message>
        <source>Producers reached</source>
        <translation>Охвачено производителей</translation>
    </message>
    <message>
        <source>Villages reached</source>
        <translation>Охвачено сёл</translation>
    </message>
    <message>
        <source>Oblasts reached</source>
        <translation>Охвачено областей</translation>
    </message>
    <message>
        <source>Sales from women-led producers</source>
        <translation>Продажи производителей под руководством женщин</translation>
    </message>
    <message>
        <source>Sales by the share of women members</source>
        <translation>Доля женщин среди участников (по продажам)</translation>
    </message>
    <message>
        <source>Sales from producers whose working-conditions visit is current</source>
        <translation>Продажи производителей, чей визит для проверки условий труда не просрочен</translation>
    </message>
    <message>
        <source>Materials and dyes on record</source>
        <translation>Указаны материалы и красители</translation>
    </message>
    <message>
        <source>Environmental practice on record</source>
        <translation>Указана экологическая практика</translation>
    </message>
    <message>
        <source>Producers with a visit overdue</source>
        <translation>Производители с просроченным визитом</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Продажи по областям</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Сёла</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Shares of the sales</source>
        <translation>Доли в продажах</translation>
    </message>
    <message>
        <source>Women-led producers</source>
        <translation>Под руководством женщин</translation>
    </message>
    <message>
        <source>Women members</source>
        <translation>Женщины среди участников</translation>
    </message>
    <message>
        <source>Visit current</source>
        <translation>Визит не просрочен</translation>
    </message>
    <message>
        <source>Materials on record</source>
        <translation>Указаны материалы</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue</source>
        <translation>Просрочен визит для проверки условий труда</translation>
    </message>
    <message>
        <source>Every producer whose goods sold has had a visit in time.</source>
        <translation>У всех производителей, чей товар продан, визит проведён вовремя.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Producers reached and their practice</source>
        <translation>Охваченные производители и их практика</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Во главе женщина</translation>
    </message>
    <message>
        <source>Women / members</source>
        <translation>Женщины / участники</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <translation>Материалы и красители</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <translation>Экология</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Составлен %1 в %2</translation>
    </message>
    <message>
        <source>Sales are net of returns; shares are of the sales less returns. A visit is judged current or overdue as of %1.</source>
        <translation>Продажи указаны за вычетом возвратов; доли рассчитаны от продаж за вычетом возвратов. Просрочен визит или нет, определено по состоянию на %1.</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Все магазины</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Магазин: %1</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>Магазины: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Не удалось создать PDF.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>Принтер не выбран.</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>Не удалось запустить печать: проверьте, что принтер включён и подключён.</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Продажи по дням</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Продажи по категориям</translation>
    </message>
    <message>
        <source>Sales by village</source>
        <translation>Продажи по сёлам</translation>
    </message>
    <message>
        <source>Sales by producer</source>
        <translation>Продажи по производителям</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Продажи по способам оплаты</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Продажи по кассирам</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Number of sales</source>
        <translation>Число продаж</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Taxes contained in the sales</source>
        <translation>Налоги в составе продаж</translation>
    </message>
    <message>
        <source>No sales in the period.</source>
        <translation>За период продаж нет.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Sales tax rate</source>
        <translation>Ставка налога с продаж</translation>
    </message>
    <message>
        <source>VAT, net of returns</source>
        <translation>НДС за вычетом возвратов</translation>
    </message>
    <message>
        <source>Sales tax, net of returns</source>
        <translation>Налог с продаж за вычетом возвратов</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Отчёт о продажах</translation>
    </message>
    <message>
        <source>At the prices sold</source>
        <translation>По ценам продажи</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Paid by customers</source>
        <translation>Оплачено покупателями</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Возвраты (%1)</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Продажи по месяцам</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Stock report</source>
        <translation>Отчёт об остатках</translation>
    </message>
    <message>
        <source>On hand now, at the shelf prices</source>
        <translation>Текущие остатки по ценам продажи</translation>
    </message>
    <message>
        <source>Products in stock</source>
        <translation>Товаров в наличии</translation>
    </message>
    <message>
        <source>Value of the stock</source>
        <translation>Стоимость остатков</translation>
    </message>
    <message>
        <source>Of it on consignment</source>
        <translation>Из них на консигнации</translation>
    </message>
    <message>
        <source>Stock value by category</source>
        <translation>Стоимость остатков по категориям</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Stock value by producer</source>
        <translation>Стоимость остатков по производителям</translation>
    </message>
    <message>
        <source>Producers&apos; money</source>
        <translation>Расчёты с производителями</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Shop&apos;s commission</source>
        <translation>Комиссия магазина</translation>
    </message>
    <message>
        <source>Earned by producers</source>
        <translation>Заработано производителями</translation>
    </message>
    <message>
        <source>By producer</source>
        <translation>По производителям</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Paid: payouts made in the period and purchases received in it. Owed: the producers&apos; share of consignment sales that no payout has paid yet.</source>
        <translation>Выплачено: выплаты за период и закупки, принятые за период. К выплате: доля производителей в продажах на консигнации, по которой ещё не было выплаты.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Only an administrator may make the figures kept for the reports again.</source>
        <translation>Пересчитать показатели, хранимые для отчётов, может только администратор.</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>All shops</source>
        <translation>Все магазины</translation>
    </message>
    <message>
        <source>%1 (this shop)</source>
        <translation>%1 (этот магазин)</translation>
    </message>
</context>
<context>
    <name>ReportScopes</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Укажите первый и последний день периода.</translation>
    </message>
    <message>
        <source>The period cannot begin (%1) after it ends (%2).</source>
        <translation>Период не может начинаться (%1) позже, чем заканчивается (%2).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Неизвестный язык «%1»: используйте ky, ru или en.</translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>No return has the receipt number %1.</source>
        <translation>Возврата с номером чека %1 нет.</translation>
    </message>
    <message>
        <source>Choose what is returned: at least one line.</source>
        <translation>Выберите, что возвращается: хотя бы одну позицию.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>В чеке %1 нет позиции %2.</translation>
    </message>
    <message>
        <source>The quantity returned must be more than zero.</source>
        <translation>Возвращаемое количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces: enter a whole number.</source>
        <translation>%1 продаётся целыми штуками: введите целое число.</translation>
    </message>
    <message>
        <source>All of %1 on receipt %2 was returned already.</source>
        <translation>Весь товар %1 по чеку %2 уже возвращён.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned on receipt %3 (%4 sold, %5 returned before).</source>
        <translation>По чеку %3 можно вернуть ещё только %1 — %2 (продано %4, ранее возвращено %5).</translation>
    </message>
    <message>
        <source>A return of %1 (more than %2)</source>
        <translation>Возврат на %1 (больше %2)</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1: нужно подтверждение менеджера.</translation>
    </message>
    <message>
        <source>Returned damaged on %1</source>
        <translation>Возвращено с браком по чеку %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Only an administrator may manage users. Ask an administrator to do this.</source>
        <translation>Управлять пользователями может только администратор. Попросите администратора.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the shop settings.</source>
        <translation>Изменять настройки магазина может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may read the audit log.</source>
        <translation>Читать журнал аудита может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may take a backup.</source>
        <translation>Создавать резервную копию может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may restore the database from a backup.</source>
        <translation>Восстанавливать базу данных из резервной копии может только администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the catalogue.</source>
        <translation>Изменять каталог может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>You may not view the catalogue.</source>
        <translation>Вам нельзя просматривать каталог.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Вам это делать не разрешено.</translation>
    </message>
    <message>
        <source>You may not sell at this till.</source>
        <translation>Вам нельзя продавать на этой кассе.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may approve this.</source>
        <translation>Подтвердить это может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may receive, adjust or transfer stock.</source>
        <translation>Принимать, корректировать и перемещать товар может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>You may not count stock.</source>
        <translation>Вам нельзя пересчитывать товар.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may make statements and pay producers.</source>
        <translation>Составлять отчёты и делать выплаты производителям может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Просматривать отчёты может только менеджер или администратор.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be replaced. Choose another name.</source>
        <translation>%1 — не файл, и заменить его нельзя. Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it was. Choose another name.</source>
        <translation>%1 уже существует и оставлен без изменений. Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (is the disk full?); it was left as it was.</source>
        <translation>%1 не удалось записать полностью (не заполнен ли диск?); файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 could not be saved under its name (it exists, or the folder refuses it); it was left as it was.</source>
        <translation>%1 не удалось сохранить под этим именем (такой файл уже есть или папка не позволяет); файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is a database; it is never written over. Choose another file name.</source>
        <translation>%1 — это база данных, её нельзя перезаписать. Выберите другое имя файла.</translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>No sale has the receipt number %1. Check the number on the receipt.</source>
        <translation>Продажи с номером чека %1 нет. Проверьте номер на чеке.</translation>
    </message>
    <message>
        <source>The sale was not found.</source>
        <translation>Продажа не найдена.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Сумма оплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Choose the card&apos;s scheme (Elcart, Visa, ...).</source>
        <translation>Выберите платёжную систему карты (Elcart, Visa, ...).</translation>
    </message>
    <message>
        <source>A card detail or reference is at most %1 characters.</source>
        <translation>Данные карты или номер операции — не более %1 символов.</translation>
    </message>
    <message>
        <source>Card and QR payments come to %1, more than the total %2: only cash gives change.</source>
        <translation>Оплаты картой и по QR составляют %1 — больше суммы чека %2: сдача бывает только с наличных.</translation>
    </message>
    <message>
        <source>%1 is still to be paid.</source>
        <translation>Осталось оплатить %1.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Open a shift with the cash in the drawer first.</source>
        <translation>На этой кассе не открыта смена. Сначала откройте смену, указав наличные в кассе.</translation>
    </message>
    <message>
        <source>The cart is empty: scan the goods first.</source>
        <translation>Чек пуст: сначала отсканируйте товары.</translation>
    </message>
</context>
<context>
    <name>SalesCheck</name>
    <message>
        <source>Sale %1: its total %2 does not equal its lines (%3) or its payments less change (%4), or its change %5 did not come out of cash.</source>
        <translation>Продажа %1: её сумма %2 не равна сумме позиций (%3) или оплатам за вычетом сдачи (%4), либо сдача %5 выдана не из наличных.</translation>
    </message>
    <message>
        <source>Return %1: its total does not equal its lines or its refunds.</source>
        <translation>Возврат %1: его сумма не равна сумме позиций или выплатам.</translation>
    </message>
    <message>
        <source>Sale %1: more of line %2 was returned than was sold.</source>
        <translation>Продажа %1: по позиции %2 возвращено больше, чем продано.</translation>
    </message>
    <message>
        <source>Sale %1: the stock movement of line %2 is missing or of another quantity.</source>
        <translation>Продажа %1: движение товара по позиции %2 отсутствует или на другое количество.</translation>
    </message>
    <message>
        <source>Return %1: the stock movement of line %2 is missing or of another quantity.</source>
        <translation>Возврат %1: движение товара по позиции %2 отсутствует или на другое количество.</translation>
    </message>
    <message>
        <source>A sale movement refers to sale line %1/%2, which does not exist.</source>
        <translation>Движение продажи ссылается на позицию продажи %1/%2, которой не существует.</translation>
    </message>
    <message>
        <source>Receipt numbers of till %1-%2 have gaps: %3 numbers given up to %4.</source>
        <translation>В номерах чеков кассы %1-%2 есть пропуски: до %4 выдано %3 номеров.</translation>
    </message>
    <message>
        <source>Receipt %1 is not in the register of receipt numbers.</source>
        <translation>Чека %1 нет в реестре номеров чеков.</translation>
    </message>
</context>
<context>
    <name>SalesReport</name>
    <message>
        <source>Without a producer</source>
        <translation>Без производителя</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>Оплата по QR</translation>
    </message>
</context>
<context>
    <name>SalesRollup</name>
    <message>
        <source>More differences between the sales figures kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>Остальные расхождения между итогами продаж для отчётов и журналом не показаны; пересчитайте итоги.</translation>
    </message>
    <message>
        <source>grouping %1, day %2, shop %3, group &quot;%4&quot;</source>
        <translation>группировка %1, день %2, магазин %3, группа «%4»</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports are missing or differ from the ledger at %1.</source>
        <translation>Итоги продаж для отчётов отсутствуют или расходятся с журналом: %1.</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports have a row the ledger does not give at %1.</source>
        <translation>В итогах продаж для отчётов есть строка, которой нет в журнале: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>&quot;%1&quot; cannot be a shop code: use 2 to 10 capital Latin letters, digits and hyphens, like BIS-1.</source>
        <translation>«%1» не может быть кодом магазина: используйте от 2 до 10 заглавных латинских букв, цифр и дефисов, например BIS-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a device id: use 1 to 8 capital Latin letters or digits, like T1.</source>
        <translation>«%1» не может быть идентификатором устройства: используйте от 1 до 8 заглавных латинских букв или цифр, например T1.</translation>
    </message>
    <message>
        <source>The shop name cannot be empty.</source>
        <translation>Название магазина не может быть пустым.</translation>
    </message>
    <message>
        <source>The shop name is too long: at most %1 characters.</source>
        <translation>Название магазина слишком длинное: не более %1 символов.</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>Адрес слишком длинный: не более %1 символов.</translation>
    </message>
    <message>
        <source>The receipt header is too long: at most %1 characters.</source>
        <translation>Заголовок чека слишком длинный: не более %1 символов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode: use shop or head-office.</source>
        <translation>«%1» — не режим: используйте shop или head-office.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer for %2: use yes or no.</source>
        <translation>«%1» — не ответ для параметра «%2»: используйте yes или no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: give a percentage from 0 to 100 with at most two decimals, like 12 or 1.5.</source>
        <translation>«%1» — недопустимое значение параметра «%2»: укажите процент от 0 до 100 не более чем с двумя знаками после запятой, например 12 или 1.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rounding: use per-receipt or per-line.</source>
        <translation>«%1» — не способ округления: используйте per-receipt или per-line.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Неизвестная настройка «%1». Настройки: %2.</translation>
    </message>
    <message>
        <source>shop code</source>
        <translation>код магазина</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>название магазина</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>идентификатор устройства</translation>
    </message>
    <message>
        <source>receipt header</source>
        <translation>заголовок чека</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>плательщик НДС</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ставка НДС</translation>
    </message>
    <message>
        <source>sales tax rate</source>
        <translation>ставка налога с продаж</translation>
    </message>
    <message>
        <source>tax rounding</source>
        <translation>округление налога</translation>
    </message>
    <message>
        <source>This database is already set up for shop %1; change its settings instead.</source>
        <translation>Эта база данных уже настроена для магазина %1; вместо этого измените её настройки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: give an amount in som, like 5000 or 1250,50.</source>
        <translation>«%1» — недопустимое значение параметра «%2»: укажите сумму в сомах, например 5000 или 1250,50.</translation>
    </message>
    <message>
        <source>The ELQR link was refused: %1</source>
        <translation>Ссылка ELQR отклонена: %1</translation>
    </message>
    <message>
        <source>The cashier&apos;s discount limit (%1%) cannot be above the manager&apos;s (%2%).</source>
        <translation>Лимит скидки кассира (%1%) не может быть выше лимита менеджера (%2%).</translation>
    </message>
    <message>
        <source>cashier&apos;s discount limit</source>
        <translation>лимит скидки кассира</translation>
    </message>
    <message>
        <source>manager&apos;s discount limit</source>
        <translation>лимит скидки менеджера</translation>
    </message>
    <message>
        <source>return approval limit</source>
        <translation>порог подтверждения возвратов</translation>
    </message>
    <message>
        <source>ELQR link</source>
        <translation>ссылка ELQR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language of receipts: use ky, ru or en.</source>
        <translation>«%1» — не язык чеков: укажите ky, ru или en.</translation>
    </message>
    <message>
        <source>receipts&apos; language</source>
        <translation>язык чеков</translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>The shift was not found.</source>
        <translation>Смена не найдена.</translation>
    </message>
    <message>
        <source>No shift is open on this till: open a shift first.</source>
        <translation>На этой кассе не открыта смена: сначала откройте смену.</translation>
    </message>
    <message>
        <source>The float cannot be less than zero.</source>
        <translation>Размен не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>Shift %1 is already open on this till: close it before opening another.</source>
        <translation>Смена %1 на этой кассе уже открыта: закройте её, прежде чем открывать новую.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Say why the cash is taken out of the drawer.</source>
        <translation>Укажите, зачем наличные изымаются из кассы.</translation>
    </message>
    <message>
        <source>Say why the cash is put into the drawer.</source>
        <translation>Укажите, зачем наличные вносятся в кассу.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>Причина длиннее %1 символов; сократите её.</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer: %2 cannot be taken out.</source>
        <translation>В кассе должно быть только %1: изъять %2 нельзя.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>На этой кассе не открыта смена.</translation>
    </message>
    <message>
        <source>%1 is not a note or coin of the som: count notes of 5000 to 20 som and coins of 10, 5, 3 and 1 som and 50 tyiyn.</source>
        <translation>%1 — не купюра и не монета сома: считайте купюры от 5000 до 20 сомов и монеты 10, 5, 3 и 1 сом и 50 тыйынов.</translation>
    </message>
    <message>
        <source>The count of %1 cannot be less than zero.</source>
        <translation>Количество по номиналу %1 не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>There is no Z report %1 on this till.</source>
        <translation>На этой кассе нет Z-отчёта № %1.</translation>
    </message>
    <message>
        <source>Z report %1 of till %2-%3</source>
        <translation>Z-отчёт № %1 кассы %2-%3</translation>
    </message>
    <message>
        <source>%1: its shift cannot be added up: %2</source>
        <translation>%1: не удаётся подсчитать итоги его смены: %2</translation>
    </message>
    <message>
        <source>%1: %2 is kept as %3, but the records add up to %4.</source>
        <translation>%1: %2 — сохранено %3, а по записям получается %4.</translation>
    </message>
    <message>
        <source>%1: %2 is kept as %3, but the records count %4.</source>
        <translation>%1: %2 — сохранено %3, а по записям насчитывается %4.</translation>
    </message>
    <message>
        <source>the expected cash</source>
        <translation>ожидаемые наличные</translation>
    </message>
    <message>
        <source>the float</source>
        <translation>размен</translation>
    </message>
    <message>
        <source>the cash taken for sales</source>
        <translation>наличные за продажи</translation>
    </message>
    <message>
        <source>the cash paid back for returns</source>
        <translation>наличные, выплаченные по возвратам</translation>
    </message>
    <message>
        <source>the cash put in</source>
        <translation>внесённые наличные</translation>
    </message>
    <message>
        <source>the cash taken out</source>
        <translation>изъятые наличные</translation>
    </message>
    <message>
        <source>the expected cash in its totals</source>
        <translation>ожидаемые наличные в итогах</translation>
    </message>
    <message>
        <source>the number of sales</source>
        <translation>число продаж</translation>
    </message>
    <message>
        <source>the sales total</source>
        <translation>сумма продаж</translation>
    </message>
    <message>
        <source>the number of returns</source>
        <translation>число возвратов</translation>
    </message>
    <message>
        <source>the returns total</source>
        <translation>сумма возвратов</translation>
    </message>
    <message>
        <source>the discounts</source>
        <translation>скидки</translation>
    </message>
    <message>
        <source>the takings by %1</source>
        <translation>выручка (%1)</translation>
    </message>
    <message>
        <source>%1: the counted cash is kept as %2, but its count by notes and coins adds up to %3.</source>
        <translation>%1: насчитанные наличные сохранены как %2, но пересчёт по купюрам и монетам даёт %3.</translation>
    </message>
</context>
<context>
    <name>SimulatedRegister</name>
    <message>
        <source>Simulated fiscal register</source>
        <translation>Имитация фискального регистратора</translation>
    </message>
    <message>
        <source>The fiscal register did not answer. The receipt stays unsent; send it again later.</source>
        <translation>Фискальный регистратор не ответил. Чек остаётся неотправленным; отправьте его позже.</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database could not carry out the operation; nothing was changed.</source>
        <translation>База данных не смогла выполнить операцию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>База данных занята: в неё записывает другая программа. Ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The database cannot be written to: the file or its folder is read-only for this user. Nothing was changed; ask whoever looks after this computer.</source>
        <translation>Не удаётся записать в базу данных: файл или его папка доступны этому пользователю только для чтения. Ничего не изменено; обратитесь к тому, кто обслуживает этот компьютер.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен: ничего не сохранено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run &quot;ovopctl check&quot; and, if it confirms the damage, restore a backup.</source>
        <translation>Файл базы данных повреждён. Выполните «ovopctl check» и, если проверка подтвердит повреждение, восстановите базу из резервной копии.</translation>
    </message>
    <message>
        <source>The change contradicts records already in the database; nothing was changed.</source>
        <translation>Изменение противоречит записям, которые уже есть в базе; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>StatementService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Укажите первый и последний день периода.</translation>
    </message>
    <message>
        <source>The period cannot begin (%1) after it ends (%2).</source>
        <translation>Период не может начинаться (%1) позже, чем заканчивается (%2).</translation>
    </message>
    <message>
        <source>The period cannot end after today (%1): sales of days to come would be missing.</source>
        <translation>Период не может заканчиваться позже сегодняшнего дня (%1): в нём не хватало бы продаж будущих дней.</translation>
    </message>
    <message>
        <source>The producer was not found.</source>
        <translation>Производитель не найден.</translation>
    </message>
    <message>
        <source>%1 (%2) sells to the shop outright: purchase producers are paid when their goods are received, not by statement.</source>
        <translation>%1 (%2) продаёт товар магазину сразу: производителям по закупке платят при приёмке товара, а не по отчёту.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Неизвестный язык «%1»: используйте ky, ru или en.</translation>
    </message>
    <message>
        <source>Nothing of %1 was sold or returned from %2 to %3 that is not already on a statement.</source>
        <translation>С %2 по %3 у производителя %1 нет продаж или возвратов, которые ещё не вошли в отчёт.</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>Отчёта %1 нет.</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар не найден; возможно, он удалён.</translation>
    </message>
    <message>
        <source>The quantity received must be more than zero.</source>
        <translation>Принятое количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 учитывается целыми штуками: введите целое число.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>Примечание длиннее %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>A stock movement must belong to a document line.</source>
        <translation>Движение товара должно относиться к строке документа.</translation>
    </message>
    <message>
        <source>The batch is longer than %1 characters; shorten it.</source>
        <translation>Партия длиннее %1 знаков; сократите её.</translation>
    </message>
    <message>
        <source>The cost cannot be less than zero.</source>
        <translation>Себестоимость не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation>%1, партия %2</translation>
    </message>
    <message>
        <source>The stock of %1 is kept as %2 but its movements add up to %3.</source>
        <translation>Остаток %1 записан как %2, а по движениям получается %3.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The quantity must be less than zero.</source>
        <translation>Количество должно быть меньше нуля.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>Количество не может быть нулём.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>Товар не найден.</translation>
    </message>
    <message>
        <source>%1 has no producer: goods are received from their producer.</source>
        <translation>У товара %1 не указан производитель: товар принимается от его производителя.</translation>
    </message>
    <message>
        <source>The %1 movement of %2 at %3 names %4 %5, which does not exist.</source>
        <translation>Движение %1 товара %2 от %3 ссылается на несуществующий документ %4 %5.</translation>
    </message>
</context>
<context>
    <name>StockLookup</name>
    <message>
        <source>Scan or type a barcode or SKU.</source>
        <translation>Отсканируйте или введите штрихкод или артикул.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>Товара с кодом %1 нет. Проверьте код или найдите товар по названию.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар не найден; возможно, он удалён.</translation>
    </message>
</context>
<context>
    <name>StockQuery</name>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>Товара с кодом %1 нет. Проверьте код или найдите товар по названию.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>Возвращено покупателем</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Скорректировано</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Sent to another shop</source>
        <translation>Отправлено в другой магазин</translation>
    </message>
    <message>
        <source>Received from another shop</source>
        <translation>Получено из другого магазина</translation>
    </message>
    <message>
        <source>Returned to the producer</source>
        <translation>Возвращено производителю</translation>
    </message>
</context>
<context>
    <name>StockReport</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Неизвестный язык «%1»: используйте ky, ru или en.</translation>
    </message>
</context>
<context>
    <name>StocktakeService</name>
    <message>
        <source>No stocktake is open: a manager starts one first.</source>
        <translation>Открытой инвентаризации нет: сначала её должен начать менеджер.</translation>
    </message>
    <message>
        <source>Stocktake %1 is still open: post or cancel it before starting another.</source>
        <translation>Инвентаризация %1 ещё открыта: проведите или отмените её, прежде чем начинать новую.</translation>
    </message>
    <message>
        <source>Name the category to count by its key.</source>
        <translation>Укажите ключ категории, которую нужно посчитать.</translation>
    </message>
    <message>
        <source>Name the producer to count by their code.</source>
        <translation>Укажите код производителя, товар которого нужно посчитать.</translation>
    </message>
    <message>
        <source>There is no category with the key %1.</source>
        <translation>Категории с ключом %1 нет.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1.</source>
        <translation>Нет производителя с кодом %1.</translation>
    </message>
    <message>
        <source>The quantity counted must not be zero.</source>
        <translation>Посчитанное количество не может быть нулём.</translation>
    </message>
    <message>
        <source>The batch is longer than %1 characters; shorten it.</source>
        <translation>Партия длиннее %1 знаков; сократите её.</translation>
    </message>
    <message>
        <source>%1 is not part of this stocktake (%2 %3): put it aside and count it another time.</source>
        <translation>%1 не входит в эту инвентаризацию (%2 %3): отложите его и посчитайте в другой раз.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>производитель</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 учитывается целыми штуками: введите целое число.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: count it without one.</source>
        <translation>%1 не учитывается по партиям: считайте его без партии.</translation>
    </message>
    <message>
        <source>Only %1 of %2 was counted%3: a correction cannot take back more.</source>
        <translation>%2: посчитано только %1%3, исправлением нельзя убрать больше.</translation>
    </message>
    <message>
        <source> in batch %1</source>
        <translation> в партии %1</translation>
    </message>
    <message>
        <source>Posting a stocktake needs a manager&apos;s approval.</source>
        <translation>Для проведения инвентаризации нужно подтверждение менеджера.</translation>
    </message>
    <message>
        <source>%1 may not manage stock and cannot approve posting a stocktake.</source>
        <translation>%1 не может управлять товарными остатками и не может подтвердить проведение инвентаризации.</translation>
    </message>
</context>
<context>
    <name>TaxGroups</name>
    <message>
        <source>Standard (shop&apos;s tax rates)</source>
        <translation>Стандартная (налоговые ставки магазина)</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Освобождено от НДС</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The quantity is too large; check what was typed.</source>
        <translation>Количество слишком велико; проверьте, что введено.</translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces: enter a whole number.</source>
        <translation>%1 продаётся целыми штуками: введите целое число.</translation>
    </message>
    <message>
        <source>%1 is archived and not for sale.</source>
        <translation>%1 в архиве и не продаётся.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>Товара с кодом %1 нет. Проверьте код или найдите товар по названию.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1: нужно подтверждение менеджера.</translation>
    </message>
    <message>
        <source>%1 is beyond what %2 may approve (%3).</source>
        <translation>%1: это больше, чем может подтвердить %2 (%3).</translation>
    </message>
    <message>
        <source>There is no such line in the cart.</source>
        <translation>В чеке нет такой позиции.</translation>
    </message>
    <message>
        <source>Lowering the quantity of %1 from %2 to %3</source>
        <translation>Уменьшение количества «%1» с %2 до %3</translation>
    </message>
    <message>
        <source>Removing %1 × %2 from the cart</source>
        <translation>Удаление %1 × %2 из чека</translation>
    </message>
    <message>
        <source>A discount is more than 0% and at most 100%.</source>
        <translation>Скидка должна быть больше 0% и не больше 100%.</translation>
    </message>
    <message>
        <source>The discount must be more than zero and at most what the line costs (%1).</source>
        <translation>Скидка должна быть больше нуля и не больше стоимости позиции (%1).</translation>
    </message>
    <message>
        <source>A discount of %1 on %2</source>
        <translation>Скидка %1 на %2</translation>
    </message>
    <message>
        <source>The cart is empty: scan the goods first, then give the discount.</source>
        <translation>Чек пуст: сначала отсканируйте товары, затем давайте скидку.</translation>
    </message>
    <message>
        <source>The discount must be more than zero and at most the cart&apos;s total (%1).</source>
        <translation>Скидка должна быть больше нуля и не больше суммы чека (%1).</translation>
    </message>
    <message>
        <source>A discount of %1 on the whole cart</source>
        <translation>Скидка %1 на весь чек</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Цена должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A price of %1 instead of %2 for %3</source>
        <translation>Цена %1 вместо %2 для %3</translation>
    </message>
    <message numerus="yes">
        <source>Voiding the cart of %n line(s), %1</source>
        <translation>
            <numerusform>Аннулирование чека из %n позиции, %1</numerusform>
            <numerusform>Аннулирование чека из %n позиций, %1</numerusform>
            <numerusform>Аннулирование чека из %n позиций, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier cannot approve their own sale: ask a manager.</source>
        <translation>Кассир не может подтверждать свою продажу: обратитесь к менеджеру.</translation>
    </message>
    <message>
        <source>%1 is not a manager and cannot approve this.</source>
        <translation>%1 — не менеджер и не может это подтвердить.</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to park.</source>
        <translation>Чек пуст: откладывать нечего.</translation>
    </message>
    <message>
        <source>Finish or park the current cart before recalling another.</source>
        <translation>Завершите или отложите текущий чек, прежде чем восстанавливать другой.</translation>
    </message>
    <message>
        <source>The parked cart was not found; it may have been recalled on another till.</source>
        <translation>Отложенный чек не найден; возможно, его восстановили на другой кассе.</translation>
    </message>
    <message>
        <source>Recalled without what is no longer for sale: %1.</source>
        <translation>Восстановлен без товаров, которые больше не продаются: %1.</translation>
    </message>
    <message>
        <source>This cart was parked by another cashier: they recall it, or a manager does.</source>
        <translation>Этот чек отложил другой кассир: восстановить его может он или менеджер.</translation>
    </message>
    <message>
        <source>Selling %1 from the expired batch %2 (best before %3)</source>
        <translation>Продажа %1 из просроченной партии %2 (годен до %3)</translation>
    </message>
</context>
<context>
    <name>TillText</name>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>Оплата по QR</translation>
    </message>
</context>
<context>
    <name>TransferFile</name>
    <message>
        <source>This file is damaged or incomplete: it cannot be read as a transfer. Ask the sending shop for the file again.</source>
        <translation>Этот файл повреждён или неполон: его нельзя прочитать как перемещение. Попросите магазин-отправитель прислать файл ещё раз.</translation>
    </message>
    <message>
        <source>This is not a transfer file of a shop (its format is &quot;%1&quot;).</source>
        <translation>Это не файл перемещения магазина (его формат — «%1»).</translation>
    </message>
    <message>
        <source>This transfer file was written by another version of the program (version %1); this version reads version %2.</source>
        <translation>Этот файл перемещения записан другой версией программы (версия %1); эта версия читает версию %2.</translation>
    </message>
    <message>
        <source>This transfer file was damaged or changed after it was written: its check sum does not match. Ask the sending shop for the file again.</source>
        <translation>Этот файл перемещения повреждён или изменён после записи: его контрольная сумма не совпадает. Попросите магазин-отправитель прислать файл ещё раз.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a transfer file.</source>
        <translation>%1 слишком велик для файла перемещения.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name.</source>
        <translation>%1 уже существует: выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>This shop&apos;s catalogue does not have %1: add the products (with the same SKU) before receiving the transfer.</source>
        <translation>В каталоге этого магазина нет %1: добавьте эти товары (с теми же артикулами), прежде чем принимать перемещение.</translation>
    </message>
    <message>
        <source>This confirmation is for transfer %1 sent by %2, not by this shop (%3).</source>
        <translation>Это подтверждение относится к перемещению %1, отправленному магазином %2, а не этим магазином (%3).</translation>
    </message>
    <message>
        <source>Transfer %1 was sent by this shop (%2): it is opened by the shop it goes to, %3.</source>
        <translation>Перемещение %1 отправлено этим магазином (%2): принимать его должен магазин-получатель, %3.</translation>
    </message>
    <message>
        <source>Transfer %1 is addressed to %2, not to this shop (%3).</source>
        <translation>Перемещение %1 адресовано магазину %2, а не этому магазину (%3).</translation>
    </message>
    <message>
        <source>A received quantity cannot be less than zero.</source>
        <translation>Полученное количество не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>Transfer %1 has no line of %2.</source>
        <translation>В перемещении %1 нет позиции %2.</translation>
    </message>
    <message>
        <source>Transfer %1 has no line %2.</source>
        <translation>В перемещении %1 нет строки %2.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 учитывается целыми штуками: введите целое число.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2</source>
        <translation>Перемещение %1 из %2</translation>
    </message>
    <message>
        <source>The goods were received, but the confirmation could not be written: %1</source>
        <translation>Товар принят, но подтверждение не удалось записать: %1</translation>
    </message>
    <message>
        <source>This shop has no record of sending transfer %1.</source>
        <translation>В этом магазине нет записи об отправке перемещения %1.</translation>
    </message>
    <message>
        <source>Transfer %1 went to %2, but this confirmation comes from %3.</source>
        <translation>Перемещение %1 отправлено в %2, а это подтверждение пришло из %3.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 does not name the same lines as were sent.</source>
        <translation>В подтверждении перемещения %1 не те позиции, что были отправлены.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>received with differences</source>
        <translation>получено с расхождениями</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>Name the shop the goods go to by its code, like KAR-1.</source>
        <translation>Укажите код магазина, куда отправляется товар, например KAR-1.</translation>
    </message>
    <message>
        <source>%1 is not a shop code: a shop code is like KAR-1.</source>
        <translation>%1 — не код магазина: код магазина выглядит как KAR-1.</translation>
    </message>
    <message>
        <source>The goods cannot be sent to this shop itself (%1).</source>
        <translation>Нельзя отправить товар в этот же магазин (%1).</translation>
    </message>
    <message>
        <source>Choose what to send: at least one product and its quantity.</source>
        <translation>Выберите, что отправить: хотя бы один товар и его количество.</translation>
    </message>
    <message>
        <source>Choose where to save the transfer file.</source>
        <translation>Выберите, куда сохранить файл перемещения.</translation>
    </message>
    <message>
        <source>The quantity of %1 sent must be more than zero.</source>
        <translation>Отправляемое количество %1 должно быть больше нуля.</translation>
    </message>
    <message>
        <source>There is no %1 in stock to send.</source>
        <translation>%1 нет в наличии, отправлять нечего.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is in stock: %3 cannot be sent.</source>
        <translation>%2: в наличии только %1, отправить %3 нельзя.</translation>
    </message>
    <message>
        <source>Transfer %1 to %2</source>
        <translation>Перемещение %1 в %2</translation>
    </message>
    <message>
        <source>The transfer was not found.</source>
        <translation>Перемещение не найдено.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 2 to 32 letters, digits, dots, hyphens or underscores, without spaces (for example aigul or a.sydykova).</source>
        <translation>«%1» не может быть именем пользователя: используйте от 2 до 32 букв, цифр, точек, дефисов или подчёркиваний без пробелов (например, aigul или a.sydykova).</translation>
    </message>
    <message>
        <source>The full name is too long: at most %1 characters.</source>
        <translation>Полное имя слишком длинное: не более %1 символов.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose ky, ru or en.</source>
        <translation>Неизвестный язык «%1»: выберите ky, ru или en.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9), nothing else.</source>
        <translation>PIN-код — это от 4 до 8 цифр (0-9), и ничего больше.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;. Check the name or ask an administrator.</source>
        <translation>Пользователя «%1» нет. Проверьте имя или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an administrator to enable it.</source>
        <translation>Пользователь %1 отключён. Попросите администратора включить его.</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong PINs until %3. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>%1 заблокирован после %2 неверных PIN-кодов до %3. Попробуйте снова после этого времени или попросите администратора сбросить PIN-код.</translation>
    </message>
    <message>
        <source>Wrong PIN. After %1 wrong PINs %2 is locked until %3. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>Неверный PIN-код. После %1 неверных PIN-кодов %2 заблокирован до %3. Попробуйте снова после этого времени или попросите администратора сбросить PIN-код.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1. %n more wrong PIN(s) will lock the user for %2 minutes.</source>
        <translation>
            <numerusform>Неверный PIN-код для %1. Ещё %n неверный PIN-код заблокирует пользователя на %2 минут.</numerusform>
            <numerusform>Неверный PIN-код для %1. Ещё %n неверных PIN-кода заблокируют пользователя на %2 минут.</numerusform>
            <numerusform>Неверный PIN-код для %1. Ещё %n неверных PIN-кодов заблокируют пользователя на %2 минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a user named %1. Choose another name.</source>
        <translation>Пользователь %1 уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>This database already has users: log in as an administrator to add more.</source>
        <translation>В этой базе данных уже есть пользователи: чтобы добавить ещё, войдите как администратор.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Пользователя «%1» нет.</translation>
    </message>
    <message>
        <source>You cannot disable yourself. Ask another administrator.</source>
        <translation>Нельзя отключить самого себя. Обратитесь к другому администратору.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled. Add or enable another administrator first.</source>
        <translation>%1 — последний активный администратор, его нельзя отключить. Сначала добавьте или включите другого администратора.</translation>
    </message>
    <message>
        <source>Your user no longer exists. Log in again.</source>
        <translation>Вашего пользователя больше нет. Войдите снова.</translation>
    </message>
    <message>
        <source>The user no longer exists. Ask an administrator.</source>
        <translation>Этого пользователя больше нет. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Too many PINs were tried for %1 at the same time: the user is locked until %2. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>Для %1 одновременно введено слишком много PIN-кодов: пользователь заблокирован до %2. Попробуйте снова после этого времени или попросите администратора сбросить PIN-код.</translation>
    </message>
    <message>
        <source>%1=%2 is not known: use interactive (the default) or minimum.</source>
        <translation>%1=%2 — неизвестное значение: используйте interactive (по умолчанию) или minimum.</translation>
    </message>
</context>
<context>
    <name>ovop::pinhash</name>
    <message>
        <source>The PIN cannot be protected: the cryptography library did not start.</source>
        <translation>PIN-код нельзя защитить: библиотека шифрования не запустилась.</translation>
    </message>
    <message>
        <source>The PIN cannot be protected: not enough memory. Close other programs and try again.</source>
        <translation>PIN-код нельзя защитить: не хватает памяти. Закройте другие программы и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AddUserDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>PIN-коды не совпадают. Введите один и тот же PIN-код дважды.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>The new user logs in with their name and a PIN of 4 to 8 digits.</source>
        <translation>Новый пользователь входит по своему имени и PIN-коду из 4–8 цифр.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <source>e.g. aigul</source>
        <translation>например, aigul</translation>
    </message>
    <message>
        <source>e.g. Aigul Toktogulova</source>
        <translation>например, Айгуль Токтогулова</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AdjustDialog</name>
    <message>
        <source>Correct stock</source>
        <translation>Корректировка остатка</translation>
    </message>
    <message>
        <source>On hand: %1 %2</source>
        <translation>Остаток: %1 %2</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;Quantity (%1)</source>
        <translation>&amp;Количество (%1)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>П&amp;артия</translation>
    </message>
    <message>
        <source>E&amp;xpires (a new batch found)</source>
        <translation>&amp;Годен до (найдена новая партия)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Приме&amp;чание</translation>
    </message>
    <message>
        <source>comes into stock</source>
        <translation>поступает на остаток</translation>
    </message>
    <message>
        <source>goes out of stock</source>
        <translation>списывается с остатка</translation>
    </message>
    <message>
        <source>Enter how much, more than zero.</source>
        <translation>Введите количество больше нуля.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ApprovalDialog</name>
    <message>
        <source>locked until %1</source>
        <translation>заблокирован до %1</translation>
    </message>
    <message>
        <source>Choose the manager who approves.</source>
        <translation>Выберите менеджера, который подтверждает.</translation>
    </message>
    <message>
        <source>The manager enters their PIN.</source>
        <translation>Менеджер вводит свой PIN-код.</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Подтверждение менеджера</translation>
    </message>
    <message>
        <source>A manager approves with their PIN</source>
        <translation>Менеджер подтверждает своим PIN-кодом</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Менеджер</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Причина (необязательно)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Подтвердить (Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AuditPage</name>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked, none altered or missing.</source>
        <translation>Журнал аудита цел: проверено записей — %1, ни одна не изменена и не пропала.</translation>
    </message>
    <message>
        <source>The audit log was altered: %1 problems found in %2 entries. Keep this computer as it is and tell head office.</source>
        <translation>Журнал аудита изменён: найдено проблем — %1 в %2 записях. Оставьте этот компьютер как есть и сообщите в головной офис.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… и ещё %1.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was edited or deleted</source>
        <translation>Проверить, что ни одна запись журнала аудита не изменена и не удалена</translation>
    </message>
    <message>
        <source>Choose an entry to see all of its details.</source>
        <translation>Выберите запись, чтобы увидеть все подробности.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AuditTableModel</name>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Shop / device</source>
        <translation>Магазин / устройство</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CartTableModel</name>
    <message>
        <source>Price changed with approval; the catalogue&apos;s price is %1.</source>
        <translation>Цена изменена с подтверждением; цена по каталогу — %1.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CashDialog</name>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>Смена %1 открыта, размен %2.</translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation>%1 внесено в кассу.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 изъято из кассы.</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it: the shift starts with this float.</source>
        <translation>Пересчитайте наличные в кассе и введите сумму: смена начнётся с этим разменом.</translation>
    </message>
    <message>
        <source>Float, som</source>
        <translation>Размен, сом</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash put into the drawer that is not from a sale, such as change from the bank.</source>
        <translation>Наличные, внесённые в кассу не от продажи, например размен из банка.</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Внести</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer that is not a refund. The drawer should hold %1 now.</source>
        <translation>Наличные, изъятые из кассы не для возврата. Сейчас в кассе должно быть %1.</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Изъять</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CloseShiftDialog</name>
    <message>
        <source>%1 som</source>
        <translation>%1 сом</translation>
    </message>
    <message>
        <source>%1 tyiyn</source>
        <translation>%1 тыйын</translation>
    </message>
    <message>
        <source>Difference: none</source>
        <translation>Расхождения нет</translation>
    </message>
    <message>
        <source>Difference: short</source>
        <translation>Расхождение: недостача</translation>
    </message>
    <message>
        <source>Difference: over</source>
        <translation>Расхождение: излишек</translation>
    </message>
    <message>
        <source>Close shift %1</source>
        <translation>Закрытие смены %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer: how many of each note and coin. Enter goes to the next count.</source>
        <translation>Пересчитайте наличные в кассе: сколько купюр и монет каждого номинала. Enter — к следующему полю.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Купюры</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Монеты</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Насчитано</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Должно быть в кассе</translation>
    </message>
    <message>
        <source>Clear the counts</source>
        <translation>Очистить пересчёт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Keep the shift open (Esc)</source>
        <translation>Оставить смену открытой (Esc)</translation>
    </message>
    <message>
        <source>Close the shift (Ctrl+Enter)</source>
        <translation>Закрыть смену (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Closes the shift with this count and prints its numbered Z report</source>
        <translation>Закрывает смену с этим пересчётом и печатает её Z-отчёт с номером</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CommissionRatesDialog</name>
    <message>
        <source>Commission by category: %1</source>
        <translation>Комиссия по категориям: %1</translation>
    </message>
    <message>
        <source>The shop keeps %1 of what the goods of %2 sell for. A category listed here has a rate of its own instead.</source>
        <translation>Магазин удерживает %1 от цены продажи товаров производителя %2. Для категорий из этого списка вместо неё действует своя ставка.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Set rate</source>
        <translation>&amp;Задать ставку</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Убрать ставку</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change commission rates.</source>
        <translation>Изменять ставки комиссии может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>%1: %2 from now on.</source>
        <translation>%1: теперь %2.</translation>
    </message>
    <message>
        <source>%1: the producer&apos;s own rate, %2, applies again.</source>
        <translation>%1: снова действует собственная ставка производителя, %2.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::DashboardLists</name>
    <message>
        <source>Products selling most</source>
        <translation>Продаются лучше всего</translation>
    </message>
    <message>
        <source>In stock, selling least</source>
        <translation>Есть на складе, продаются хуже всего</translation>
    </message>
    <message>
        <source>Below the minimum: %1</source>
        <translation>Ниже минимума: %1</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>Ниже минимума</translation>
    </message>
    <message>
        <source>Cash differences at closing: %1 of %2 shifts</source>
        <translation>Расхождения наличных при закрытии: %1 из %2 смен</translation>
    </message>
    <message>
        <source>Cash differences at closing</source>
        <translation>Расхождения наличных при закрытии</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Nothing sold in this period.</source>
        <translation>За этот период ничего не продано.</translation>
    </message>
    <message>
        <source>No products in stock.</source>
        <translation>На складе нет товаров.</translation>
    </message>
    <message>
        <source>No product is below its minimum.</source>
        <translation>Ни один товар не ниже минимума.</translation>
    </message>
    <message>
        <source>Every shift&apos;s cash counted as expected.</source>
        <translation>Наличные всех смен сошлись.</translation>
    </message>
    <message>
        <source>No shift was closed in this period.</source>
        <translation>За этот период ни одна смена не закрыта.</translation>
    </message>
    <message>
        <source>All below the minimum…</source>
        <translation>Все ниже минимума…</translation>
    </message>
    <message>
        <source>All shifts with a difference…</source>
        <translation>Все смены с расхождением…</translation>
    </message>
    <message>
        <source>Short %1 in %2 shifts, over %3 in %4 shifts</source>
        <translation>Недостача %1 в %2 сменах, излишек %3 в %4 сменах</translation>
    </message>
    <message>
        <source>%1 · %2, shift %3, closed by %4</source>
        <translation>%1 · %2, смена %3, закрыл(а) %4</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-отчёт</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Закрыл(а)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Насчитано</translation>
    </message>
</context>
<context>
    <name>ovop::ui::DashboardPage</name>
    <message>
        <source>Sales by month</source>
        <translation>Продажи по месяцам</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Продажи по дням</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Продажи по категориям</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Продажи по областям</translation>
    </message>
    <message>
        <source>Producers selling most</source>
        <translation>Производители с наибольшими продажами</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Способы оплаты</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>За этот период продаж нет.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Выбранные дни</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>S&amp;hops</source>
        <translation>&amp;Магазины</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Продажи за вычетом возвратов</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Stock value at shelf prices</source>
        <translation>Стоимость остатков по ценам продажи</translation>
    </message>
    <message>
        <source>Save or print a report…</source>
        <translation>Сохранить или напечатать отчёт…</translation>
    </message>
    <message>
        <source>The sales, impact, producers&apos; money or stock report of the period and shops shown: PDF with its charts, CSV, or on paper</source>
        <translation>Отчёт о продажах, социальном воздействии, расчётах с производителями или остатках за показанный период и магазины: PDF с графиками, CSV или на бумаге</translation>
    </message>
    <message>
        <source>%1 of %2 shifts closed in the period: short %3, over %4</source>
        <translation>%1 из %2 смен, закрытых за период: недостача %3, излишек %4</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>Товары ниже минимума</translation>
    </message>
    <message>
        <source>Cash differences at shift closing</source>
        <translation>Расхождения наличных при закрытии смен</translation>
    </message>
</context>
<context>
    <name>ovop::ui::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>ovop::ui::FiscalPendingDialog</name>
    <message>
        <source>Not sent to the fiscal register</source>
        <translation>Не отправлено в фискальный регистратор</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>%1 %2: not sent yet</source>
        <translation>%1 %2: ещё не отправлено</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: refused %n time(s): %3</source>
        <translation>
            <numerusform>%1 %2: регистратор отказал %n раз: %3</numerusform>
            <numerusform>%1 %2: регистратор отказал %n раза: %3</numerusform>
            <numerusform>%1 %2: регистратор отказал %n раз: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) wait for the register. Retry sends them again.</source>
        <translation>
            <numerusform>%n документ ждёт отправки в регистратор. «Повторить» отправит его снова.</numerusform>
            <numerusform>%n документа ждут отправки в регистратор. «Повторить» отправит их снова.</numerusform>
            <numerusform>%n документов ждут отправки в регистратор. «Повторить» отправит их снова.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ovop::ui::GroupSalesDialog</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Choose a row above to see its sales.</source>
        <translation>Выберите строку выше, чтобы увидеть её продажи.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sale(s), %2</source>
        <translation>
            <numerusform>%1: %n продажа, %2</numerusform>
            <numerusform>%1: %n продажи, %2</numerusform>
            <numerusform>%1: %n продаж, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), %1</source>
        <translation>
            <numerusform>%n возврат, %1</numerusform>
            <numerusform>%n возврата, %1</numerusform>
            <numerusform>%n возвратов, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>итого %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown: the newest %1 are listed.</source>
        <translation>
            <numerusform>Ещё %n не показан: перечислены последние %1.</numerusform>
            <numerusform>Ещё %n не показаны: перечислены последние %1.</numerusform>
            <numerusform>Ещё %n не показаны: перечислены последние %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Return of sale %1</source>
        <translation>Возврат по продаже %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
</context>
<context>
    <name>ovop::ui::HistoryDialog</name>
    <message>
        <source>Stock history: %1</source>
        <translation>История движения товара: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>This product has no stock movements yet.</source>
        <translation>По этому товару ещё нет движений.</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>column header: the quantity moved</comment>
        <translation>Кол-во</translation>
    </message>
</context>
<context>
    <name>ovop::ui::HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Добро пожаловать, %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Your pages</source>
        <translation>Ваши страницы</translation>
    </message>
    <message>
        <source>Your role (%1) has no work pages in this version of the application. Log out when you have finished.</source>
        <translation>В этой версии приложения у вашей роли (%1) нет рабочих страниц. Выйдите, когда закончите.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Next language (%1)</source>
        <translation>Следующий язык (%1)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportDialog</name>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Выберите файл CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file was cancelled. Nothing was imported.</source>
        <translation>Чтение файла отменено. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Импортировано: добавлено %1, изменено %2, без изменений %3.</translation>
    </message>
    <message>
        <source>%1 (%2, separated by “%3”)</source>
        <translation>%1 (%2, разделитель «%3»)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n строка: </numerusform>
            <numerusform>%n строки: </numerusform>
            <numerusform>%n строк: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>новых %1, изменённых %2, без изменений %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n проблема: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>%n проблемы: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>%n проблем: ничего не будет импортировано, пока файл не исправлен.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported.</source>
        <translation>Этот файл импортирован.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Correct the problems listed below in the file, then open it again.</source>
        <translation>Исправьте в файле перечисленные ниже проблемы и откройте его снова.</translation>
    </message>
    <message>
        <source>Every row is already in the catalogue as the file says: nothing to import.</source>
        <translation>Все строки уже есть в каталоге в том виде, как в файле: импортировать нечего.</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Импорт товаров</translation>
    </message>
    <message>
        <source>Import producers</source>
        <translation>Импорт производителей</translation>
    </message>
    <message>
        <source>Import products from a CSV file</source>
        <translation>Импорт товаров из файла CSV</translation>
    </message>
    <message>
        <source>Import producers from a CSV file</source>
        <translation>Импорт производителей из файла CSV</translation>
    </message>
    <message>
        <source>Columns are matched by their names in the header row, in any order; required: %1. UTF-8 or Windows-1251, separated by commas or semicolons. Nothing is imported while any row has a problem.</source>
        <translation>Столбцы сопоставляются по названиям в строке заголовка, в любом порядке; обязательные: %1. UTF-8 или Windows-1251, разделитель — запятая или точка с запятой. Пока хоть в одной строке есть проблема, ничего не импортируется.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n строка с проблемами.</numerusform>
            <numerusform>%n строки с проблемами.</numerusform>
            <numerusform>%n строк с проблемами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a product</comment>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a producer</comment>
        <translation>Имя / название</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportPreviewModel</name>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>проблема</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Изменения или проблемы</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportProblemModel</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s) copied.</source>
        <translation>
            <numerusform>Скопирована %n проблема.</numerusform>
            <numerusform>Скопированы %n проблемы.</numerusform>
            <numerusform>Скопировано %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-проблемы.csv</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Сохранить проблемы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation>Проблемы сохранены в %1.</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Проблемы: нет</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Проблемы (%1)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy every problem, to paste into a message or a spreadsheet</source>
        <translation>Скопировать все проблемы, чтобы вставить в сообщение или таблицу</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the problems as a CSV file</source>
        <translation>Сохранить проблемы в файл CSV</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LabelDialog</name>
    <message>
        <source>no barcode</source>
        <translation>нет штрихкода</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) without a barcode are left out: %1. Give them in-store barcodes first.</source>
        <translation>
            <numerusform>%n товар без штрихкода пропущен: %1. Сначала присвойте им внутренние штрихкоды магазина.</numerusform>
            <numerusform>%n товара без штрихкода пропущены: %1. Сначала присвойте им внутренние штрихкоды магазина.</numerusform>
            <numerusform>%n товаров без штрихкода пропущены: %1. Сначала присвойте им внутренние штрихкоды магазина.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) for the selected products</source>
        <translation>
            <numerusform>%n этикетка для выбранных товаров</numerusform>
            <numerusform>%n этикетки для выбранных товаров</numerusform>
            <numerusform>%n этикеток для выбранных товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>In-store barcodes were given to the products that had none.</source>
        <translation>Товарам без штрихкода присвоены внутренние штрихкоды магазина.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Сохранить этикетки в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>None of the selected products has a barcode: give them in-store barcodes first.</source>
        <translation>Ни у одного из выбранных товаров нет штрихкода: сначала присвойте им внутренние штрихкоды магазина.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n этикетка сохранена в %1.</numerusform>
            <numerusform>%n этикетки сохранены в %1.</numerusform>
            <numerusform>%n этикеток сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Печать этикеток</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
    <message>
        <source>A4 sheet, 24 labels (63.5 × 33.9 mm)</source>
        <translation>Лист A4, 24 этикетки (63,5 × 33,9 мм)</translation>
    </message>
    <message>
        <source>Single labels for a 58 mm label printer</source>
        <translation>Отдельные этикетки для принтера этикеток 58 мм</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>Копий каждой</translation>
    </message>
    <message>
        <source>Preview of the first label</source>
        <translation>Предпросмотр первой этикетки</translation>
    </message>
    <message>
        <source>Give in-store barcodes</source>
        <translation>Присвоить внутренние штрихкоды</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to the printer %1.</source>
        <translation>
            <numerusform>%n этикетка отправлена на принтер %1.</numerusform>
            <numerusform>%n этикетки отправлены на принтер %1.</numerusform>
            <numerusform>%n этикеток отправлено на принтер %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>labels already used at the start of the sheet</source>
        <translation>этикеток в начале листа уже использовано</translation>
    </message>
    <message>
        <source>To print on a sheet that was used before: the number of labels gone from its start, counted row by row</source>
        <translation>Для печати на уже начатом листе: сколько этикеток не хватает с его начала, по строкам</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (%1)</source>
        <translation>Напечатать на принтере этого компьютера (%1)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Open the saved file in the PDF viewer</source>
        <translation>Открыть сохранённый файл в программе просмотра PDF</translation>
    </message>
    <message>
        <source>Save the labels as a PDF file (%1)</source>
        <translation>Сохранить этикетки в файл PDF (%1)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LanguageSwitch</name>
    <message>
        <source>Switch the language to %1 (F9: next language)</source>
        <translation>Переключить язык на %1 (F9 — следующий язык)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LoginWindow</name>
    <message>
        <source>Choose your name first</source>
        <translation>Сначала выберите своё имя</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN-код для %1</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter or &quot;Log in&quot;.</source>
        <translation>Введите PIN-код и нажмите Enter или «Войти».</translation>
    </message>
    <message>
        <source>OVOP shop — log in</source>
        <translation>Магазин OVOP — вход</translation>
    </message>
    <message>
        <source>OVOP shop</source>
        <translation>Магазин OVOP</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>There are no active users in this database. Create the first administrator with &quot;ovopctl init&quot;, or ask an administrator to enable your account.</source>
        <translation>В этой базе данных нет активных пользователей. Создайте первого администратора командой «ovopctl init» или попросите администратора включить вашу учётную запись.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Type the PIN with the keyboard or the pad. Enter logs in, Esc clears, F9 switches the language.</source>
        <translation>Введите PIN-код с клавиатуры или на экранной панели. Enter — вход, Esc — очистить, F9 — сменить язык.</translation>
    </message>
    <message>
        <source>Choose your name in the list first, then type your PIN.</source>
        <translation>Сначала выберите своё имя в списке, затем введите PIN-код.</translation>
    </message>
    <message>
        <source>%1 · locked until %2</source>
        <translation>%1 · заблокирован до %2</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Проверка PIN-кода…</translation>
    </message>
</context>
<context>
    <name>ovop::ui::MainWindow</name>
    <message>
        <source>device %1</source>
        <translation>устройство %1</translation>
    </message>
    <message>
        <source>daily backup failed: %1</source>
        <translation>ежедневная резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>OVOP shop — %1</source>
        <translation>Магазин OVOP — %1</translation>
    </message>
    <message>
        <source>OVOP shop</source>
        <translation>Магазин OVOP</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Log out (Ctrl+L)</source>
        <translation>Выйти (Ctrl+L)</translation>
    </message>
    <message>
        <source>Next language</source>
        <translation>Следующий язык</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>резервная копия %1</translation>
    </message>
    <message>
        <source>Shop and taxes</source>
        <translation>Магазин и налоги</translation>
    </message>
</context>
<context>
    <name>ovop::ui::MinLevelDialog</name>
    <message>
        <source>Minimum level</source>
        <translation>Минимальный остаток</translation>
    </message>
    <message>
        <source>Below this level the product is low and goes on the reorder list. 0 removes the minimum. On hand: %1 %2.</source>
        <translation>Ниже этого уровня товар считается заканчивающимся и попадает в список для дозаказа. 0 убирает минимум. Остаток: %1 %2.</translation>
    </message>
    <message>
        <source>&amp;Minimum (%1)</source>
        <translation>&amp;Минимум (%1)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::OptionalDateEdit</name>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ParkedDialog</name>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n позиция</numerusform>
            <numerusform>%1 · %n позиции</numerusform>
            <numerusform>%1 · %n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>No cart is parked on this till.</source>
        <translation>На этой кассе нет отложенных чеков.</translation>
    </message>
    <message>
        <source>Parked carts</source>
        <translation>Отложенные чеки</translation>
    </message>
    <message>
        <source>Choose a cart with Up and Down, Enter brings it back, Esc leaves.</source>
        <translation>Выберите чек стрелками вверх и вниз, Enter — восстановить, Esc — выйти.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Recall (Enter)</source>
        <translation>Восстановить (Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PayDialog</name>
    <message>
        <source>Pay %1</source>
        <translation>Выплата: %1</translation>
    </message>
    <message>
        <source>Pay %1 to %2 (%3) for statement %4, %5 to %6.</source>
        <translation>Выплатить %1 производителю %2 (%3) по отчёту %4 за %5 — %6.</translation>
    </message>
    <message>
        <source>Payment details: %1</source>
        <translation>Платёжные реквизиты: %1</translation>
    </message>
    <message>
        <source>Cash from the drawer</source>
        <translation>Наличными из кассы</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Mobile wallet</source>
        <translation>Мобильный кошелёк</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Способ</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Номер операции</translation>
    </message>
    <message>
        <source>Give the transfer&apos;s reference, as the receipt of the bank or wallet shows it.</source>
        <translation>Укажите номер операции перевода, как он указан в квитанции банка или кошелька.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PaymentDialog</name>
    <message>
        <source>Choose the card&apos;s scheme (Alt+1 … Alt+5).</source>
        <translation>Выберите платёжную систему карты (Alt+1 … Alt+5).</translation>
    </message>
    <message>
        <source>QR payments are not set up on this till: a manager enters the shop&apos;s ELQR link in the settings.</source>
        <translation>Оплата по QR на этой кассе не настроена: менеджер должен ввести ссылку ELQR магазина в настройках.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Сумма оплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A card or QR payment is at most what is left to pay (%1): only cash gives change.</source>
        <translation>Оплата картой или по QR — не больше остатка к оплате (%1): сдача бывает только с наличных.</translation>
    </message>
    <message>
        <source>Leave the payment</source>
        <translation>Выйти из оплаты</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) entered will be dropped and the sale stays open. Leave the payment?</source>
        <translation>
            <numerusform>%n введённая оплата будет отменена, а продажа останется открытой. Выйти из оплаты?</numerusform>
            <numerusform>%n введённые оплаты будут отменены, а продажа останется открытой. Выйти из оплаты?</numerusform>
            <numerusform>%n введённых оплат будут отменены, а продажа останется открытой. Выйти из оплаты?</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Осталось оплатить</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Receipt in:</source>
        <translation>Язык чека:</translation>
    </message>
    <message>
        <source>Cash (F2)</source>
        <translation>Наличные (F2)</translation>
    </message>
    <message>
        <source>Card (F3)</source>
        <translation>Карта (F3)</translation>
    </message>
    <message>
        <source>QR (F8)</source>
        <translation>QR (F8)</translation>
    </message>
    <message>
        <source>The customer hands over:</source>
        <translation>Покупатель даёт:</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Без сдачи</translation>
    </message>
    <message>
        <source>&amp;Cash received (Enter: exactly what is left)</source>
        <translation>&amp;Получено наличными (Enter — ровно остаток)</translation>
    </message>
    <message>
        <source>Card scheme (Alt+1 … Alt+5)</source>
        <translation>Платёжная система (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другая</translation>
    </message>
    <message>
        <source>&amp;Amount on the card (Enter: what is left)</source>
        <translation>&amp;Сумма по карте (Enter — остаток)</translation>
    </message>
    <message>
        <source>Last four digits or authorisation code (optional)</source>
        <translation>Последние четыре цифры или код авторизации (необязательно)</translation>
    </message>
    <message>
        <source>The terminal approved (Enter)</source>
        <translation>Терминал одобрил (Enter)</translation>
    </message>
    <message>
        <source>The bank&apos;s reference (optional)</source>
        <translation>Номер операции банка (необязательно)</translation>
    </message>
    <message>
        <source>Paid (Enter)</source>
        <translation>Оплачено (Enter)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Удалить (Del)</translation>
    </message>
    <message>
        <source>Remove the chosen payment (Del)</source>
        <translation>Удалить выбранную оплату (Del)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Complete (Enter)</source>
        <translation>Завершить (Enter)</translation>
    </message>
    <message>
        <source>The customer scans the code; the amount is filled in. Press Enter when the customer&apos;s app shows the payment succeeded.</source>
        <translation>Покупатель сканирует код; сумма уже указана в нём. Нажмите Enter, когда приложение покупателя покажет, что оплата прошла.</translation>
    </message>
    <message>
        <source>The customer scans the shop&apos;s QR code and types the amount %1. Press Enter when the customer&apos;s app shows the payment succeeded.</source>
        <translation>Покупатель сканирует QR-код магазина и вводит сумму %1. Нажмите Enter, когда приложение покупателя покажет, что оплата прошла.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PayoutsPage</name>
    <message>
        <source>&amp;Producer</source>
        <translation>&amp;Производитель</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Make statement</source>
        <translation>Составить отчёт</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>Выплатить…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Return goods to producer…</source>
        <translation>Вернуть товар производителю…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Only a manager gives goods back to a producer.</source>
        <translation>Возвращать товар производителю может только менеджер.</translation>
    </message>
    <message>
        <source>No consignment producers.</source>
        <translation>Нет производителей на консигнации.</translation>
    </message>
    <message>
        <source>Not on a statement yet: %1 owed.</source>
        <translation>Ещё не в отчёте: начислено %1.</translation>
    </message>
    <message>
        <source>Sold %1 − returned %2 − commission %3 = owed %4; paid %5, due %6.</source>
        <translation>Продано %1 − возвращено %2 − комиссия %3 = начислено %4; выплачено %5, к выплате %6.</translation>
    </message>
    <message>
        <source>Statement %1 made: %2 owed to %3.</source>
        <translation>Отчёт %1 составлен: производителю %3 причитается %2.</translation>
    </message>
    <message>
        <source>Choose a statement first.</source>
        <translation>Сначала выберите отчёт.</translation>
    </message>
    <message>
        <source>Payout %1: %2 paid to %3.</source>
        <translation>Выплата %1: производителю %3 выплачено %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>Отчёт %1 отправлен на принтер.</translation>
    </message>
    <message>
        <source>Return %1 recorded.</source>
        <translation>Возврат %1 записан.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the PIN (Esc)</source>
        <translation>Очистить PIN-код (Esc)</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Удалить последнюю цифру (Backspace)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerEditor</name>
    <message>
        <source>Type the village&apos;s name…</source>
        <translation>Введите название села…</translation>
    </message>
    <message>
        <source>No village is called &quot;%1&quot;. Choose one from the list, or add the village in Settings first.</source>
        <translation>Села «%1» нет. Выберите из списка или сначала добавьте село в Настройках.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue: none on record. Plan a visit and record it here.</source>
        <translation>Визит для проверки условий труда просрочен: записей нет. Запланируйте визит и запишите его здесь.</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue: the last one was on %1, more than 12 months ago.</source>
        <translation>Визит для проверки условий труда просрочен: последний был %1, более 12 месяцев назад.</translation>
    </message>
    <message>
        <source>Working-conditions visit up to date; the next is due by %1.</source>
        <translation>Визит для проверки условий труда проведён вовремя; следующий — до %1.</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Новый производитель</translation>
    </message>
    <message>
        <source>Producer %1</source>
        <translation>Производитель %1</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>Комплексная проверка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Of them women</source>
        <translation>Из них женщин</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Под руководством женщин</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Платёжные реквизиты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Fair-price basis</source>
        <translation>Основание справедливой цены</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Visit result</source>
        <translation>Результат визита</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <source>Child-labour check</source>
        <translation>Проверка на детский труд</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <translation>Материалы и красители</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <translation>Экологическая практика</translation>
    </message>
    <message>
        <source>Exempt-seller document No.</source>
        <translation>№ документа продавца, освобождённого от налога</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>№ сертификата</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>e.g. BOS-01</source>
        <translation>например, BOS-01</translation>
    </message>
    <message>
        <source>e.g. +996 555 123 456</source>
        <translation>например, +996 555 123 456</translation>
    </message>
    <message>
        <source>bank account, card or cash</source>
        <translation>банковский счёт, карта или наличные</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Untick to archive: the producer is kept with their history.</source>
        <translation>Снимите отметку, чтобы перенести в архив: производитель сохранится со своей историей.</translation>
    </message>
    <message>
        <source>How the price paid was agreed and where it is documented</source>
        <translation>Как была согласована уплаченная цена и где это задокументировано</translation>
    </message>
    <message>
        <source>e.g. safe workplace, fair hours</source>
        <translation>например, безопасное рабочее место, справедливый график</translation>
    </message>
    <message>
        <source>e.g. no children working</source>
        <translation>например, дети не работают</translation>
    </message>
    <message>
        <source>e.g. local sheep wool, plant dyes</source>
        <translation>например, местная овечья шерсть, растительные красители</translation>
    </message>
    <message>
        <source>used when buying without a VAT invoice</source>
        <translation>используется при покупке без счёта-фактуры с НДС</translation>
    </message>
    <message>
        <source>OVOP Brand Committee certificate</source>
        <translation>Сертификат бренд-комитета OVOP</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Led by a woman or by women</source>
        <translation>Под руководством женщины или женщин</translation>
    </message>
    <message>
        <source>Producer %1 (read only)</source>
        <translation>Производитель %1 (только просмотр)</translation>
    </message>
    <message>
        <source>By category…</source>
        <translation>По категориям…</translation>
    </message>
    <message>
        <source>Save the producer first; then categories can have rates of their own.</source>
        <translation>Сначала сохраните производителя; затем для категорий можно будет задать собственные ставки.</translation>
    </message>
    <message>
        <source>Commission rates of single categories of this producer&apos;s goods</source>
        <translation>Ставки комиссии для отдельных категорий товаров этого производителя</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerReturnDialog</name>
    <message>
        <source>Return goods to the producer</source>
        <translation>Возврат товара производителю</translation>
    </message>
    <message>
        <source>Scan or type a SKU or barcode, then Enter</source>
        <translation>Отсканируйте или введите артикул или штрихкод, затем Enter</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Give back (Ctrl+Enter)</source>
        <translation>Вернуть (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save document as PDF… (Ctrl+S)</source>
        <translation>Сохранить документ в PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>This return is recorded already.</source>
        <translation>Этот возврат уже записан.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>Товара с кодом %1 нет.</translation>
    </message>
    <message>
        <source>%1 is another producer&apos;s: only this producer&apos;s goods go back.</source>
        <translation>%1 — товар другого производителя: возвращается только товар этого производителя.</translation>
    </message>
    <message>
        <source>Give a quantity of more than zero.</source>
        <translation>Укажите количество больше нуля.</translation>
    </message>
    <message>
        <source>Return %1 recorded: save or print its document for both to sign.</source>
        <translation>Возврат %1 записан: сохраните или распечатайте документ, чтобы его подписали обе стороны.</translation>
    </message>
    <message>
        <source>Record the return first.</source>
        <translation>Сначала запишите возврат.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Количество</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerTableModel</name>
    <message>
        <source>No working-conditions visit on record: plan one.</source>
        <translation>Визитов для проверки условий труда не записано: запланируйте визит.</translation>
    </message>
    <message numerus="yes">
        <source>The last working-conditions visit was on %1, more than %n month(s) ago: plan the next one.</source>
        <translation>
            <numerusform>Последний визит для проверки условий труда был %1, более %n месяца назад: запланируйте следующий.</numerusform>
            <numerusform>Последний визит для проверки условий труда был %1, более %n месяцев назад: запланируйте следующий.</numerusform>
            <numerusform>Последний визит для проверки условий труда был %1, более %n месяцев назад: запланируйте следующий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next working-conditions visit due by %1.</source>
        <translation>Следующий визит для проверки условий труда — до %1.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 members, of them %2 women</source>
        <translation>Участников: %1, из них женщин: %2</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue (none, or more than 12 months ago)</source>
        <translation>Визит для проверки условий труда просрочен (не было или более 12 месяцев назад)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Members / women</source>
        <translation>Участники / женщины</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Под руководством женщин</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducersPage</name>
    <message numerus="yes">
        <source>%n producer(s) shown</source>
        <translation>
            <numerusform>Показан %n производитель</numerusform>
            <numerusform>Показано %n производителя</numerusform>
            <numerusform>Показано %n производителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) with a working-conditions visit overdue</source>
        <translation>
            <numerusform>%n производитель с просроченным визитом для проверки условий труда</numerusform>
            <numerusform>%n производителя с просроченным визитом для проверки условий труда</numerusform>
            <numerusform>%n производителей с просроченным визитом для проверки условий труда</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть в продажу</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>The producer %1 was added.</source>
        <translation>Производитель %1 добавлен.</translation>
    </message>
    <message>
        <source>The producer %1 was saved.</source>
        <translation>Производитель %1 сохранён.</translation>
    </message>
    <message>
        <source>The producer %1 is active again.</source>
        <translation>Производитель %1 снова активен.</translation>
    </message>
    <message>
        <source>The producer %1 was archived.</source>
        <translation>Производитель %1 перенесён в архив.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed.</source>
        <translation>Импортировано: добавлено %1, изменено %2.</translation>
    </message>
    <message>
        <source>Export producers</source>
        <translation>Экспорт производителей</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) written to %1.</source>
        <translation>
            <numerusform>%n производитель записан в %1.</numerusform>
            <numerusform>%n производителя записано в %1.</numerusform>
            <numerusform>%n производителей записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the producers to %1…</source>
        <translation>Запись производителей в %1…</translation>
    </message>
    <message>
        <source>Filter: name, code or village</source>
        <translation>Фильтр: имя, код или село</translation>
    </message>
    <message>
        <source>Visit overdue only</source>
        <translation>Только с просроченным визитом</translation>
    </message>
    <message>
        <source>Producers with no working-conditions visit in the last 12 months</source>
        <translation>Производители без визита для проверки условий труда за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Все производители</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Новый производитель</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Active producers</source>
        <translation>Активные производители</translation>
    </message>
    <message>
        <source>Add a producer</source>
        <translation>Добавить производителя</translation>
    </message>
    <message>
        <source>Change the selected producer (or Enter in the table)</source>
        <translation>Изменить выбранного производителя (или Enter в таблице)</translation>
    </message>
    <message>
        <source>Open the selected producer (or Enter in the table)</source>
        <translation>Открыть выбранного производителя (или Enter в таблице)</translation>
    </message>
    <message>
        <source>Make the producer active again</source>
        <translation>Снова сделать производителя активным</translation>
    </message>
    <message>
        <source>Archive the selected producer</source>
        <translation>Перенести выбранного производителя в архив</translation>
    </message>
    <message>
        <source>Add or change producers from a spreadsheet (CSV)</source>
        <translation>Добавить или изменить производителей из таблицы (CSV)</translation>
    </message>
    <message>
        <source>Write every producer to a spreadsheet (CSV)</source>
        <translation>Выгрузить всех производителей в таблицу (CSV)</translation>
    </message>
    <message>
        <source>Archive producer</source>
        <translation>Перенос производителя в архив</translation>
    </message>
    <message>
        <source>Archive the producer “%1” (%2)?</source>
        <translation>Перенести производителя «%1» (%2) в архив?</translation>
    </message>
    <message>
        <source>They are kept with their history and products. You can undo this.</source>
        <translation>Производитель сохранится со своей историей и товарами. Это можно отменить.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductEditor</name>
    <message>
        <source>There is no product with the SKU %1 any more; saving adds it as a new product.</source>
        <translation>Товара с артикулом %1 больше нет; при сохранении он будет добавлен как новый.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Type a name or code…</source>
        <translation>Введите имя или код…</translation>
    </message>
    <message>
        <source>No producer is called &quot;%1&quot;. Choose one from the list.</source>
        <translation>Производителя «%1» нет. Выберите из списка.</translation>
    </message>
    <message>
        <source>The product was saved, but not its photo.</source>
        <translation>Товар сохранён, но его фото — нет.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Choose another picture.</source>
        <translation>Не удаётся прочитать файл %1. Выберите другое изображение.</translation>
    </message>
    <message>
        <source>This file is not a picture. Choose a PNG or JPEG photo.</source>
        <translation>Этот файл — не изображение. Выберите фото PNG или JPEG.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Изменение товара %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Origin and story</source>
        <translation>Происхождение и история</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Наименование (кыргызское)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Наименование (русское)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Наименование (английское)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price, som</source>
        <translation>Цена, сом</translation>
    </message>
    <message>
        <source>Tax group</source>
        <translation>Налоговая группа</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>В продаже</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Story (Kyrgyz)</source>
        <translation>История (на кыргызском)</translation>
    </message>
    <message>
        <source>Story (Russian)</source>
        <translation>История (на русском)</translation>
    </message>
    <message>
        <source>Story (English)</source>
        <translation>История (на английском)</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>№ сертификата</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>e.g. FLT-001</source>
        <translation>например, FLT-001</translation>
    </message>
    <message>
        <source>EAN-13, EAN-8 or UPC-A; several separated by spaces</source>
        <translation>EAN-13, EAN-8 или UPC-A; несколько — через пробел</translation>
    </message>
    <message>
        <source>e.g. 1250 or 1250,50</source>
        <translation>например, 1250 или 1250,50</translation>
    </message>
    <message>
        <source>e.g. sheep wool, natural dyes</source>
        <translation>например, овечья шерсть, натуральные красители</translation>
    </message>
    <message>
        <source>OVOP Brand Committee certificate</source>
        <translation>Сертификат бренд-комитета OVOP</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Убрать фото</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Untick to archive: the product is kept with its history but no longer sold.</source>
        <translation>Снимите отметку, чтобы перенести в архив: товар сохранится со своей историей, но не будет продаваться.</translation>
    </message>
    <message>
        <source>For goods with a best-before date, such as honey and cosmetics.</source>
        <translation>Для товаров со сроком годности, например мёда и косметики.</translation>
    </message>
    <message>
        <source>Give a handmade product an in-store EAN-13 barcode from the shop&apos;s own range (20…29)</source>
        <translation>Присвоить изделию ручной работы внутренний штрихкод EAN-13 из собственного диапазона магазина (20…29)</translation>
    </message>
    <message>
        <source>Track batches and expiry dates</source>
        <translation>Учитывать партии и сроки годности</translation>
    </message>
    <message>
        <source>Product %1 (read only)</source>
        <translation>Товар %1 (только просмотр)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductTableModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductsPage</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All oblasts</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Все производители</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>В продаже</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Все сёла</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 products: type more of a name or choose a filter to narrow the list.</source>
        <translation>Показаны первые %1 из %2 товаров: введите больше букв названия или выберите фильтр, чтобы сузить список.</translation>
    </message>
    <message>
        <source>No product matches “%1”. Try part of a word, the SKU or the barcode.</source>
        <translation>Нет товаров по запросу «%1». Попробуйте часть слова, артикул или штрихкод.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть в продажу</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Select the products to label in the table first.</source>
        <translation>Сначала выберите в таблице товары для этикеток.</translation>
    </message>
    <message>
        <source>The product %1 was added.</source>
        <translation>Товар %1 добавлен.</translation>
    </message>
    <message>
        <source>The product %1 was saved.</source>
        <translation>Товар %1 сохранён.</translation>
    </message>
    <message>
        <source>The product %1 is on sale again.</source>
        <translation>Товар %1 снова в продаже.</translation>
    </message>
    <message>
        <source>The product %1 was archived: it is kept with its history but no longer sold.</source>
        <translation>Товар %1 перенесён в архив: он хранится со своей историей, но больше не продаётся.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed.</source>
        <translation>Импортировано: добавлено %1, изменено %2.</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, разделитель — запятая (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel in Russian or Kyrgyz, semicolon separated (*.csv)</source>
        <translation>CSV для Excel на русском или кыргызском, разделитель — точка с запятой (*.csv)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Экспорт товаров</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation>
            <numerusform>%n товар записан в %1.</numerusform>
            <numerusform>%n товара записано в %1.</numerusform>
            <numerusform>%n товаров записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the products to %1…</source>
        <translation>Запись товаров в %1…</translation>
    </message>
    <message>
        <source>Search: barcode, SKU, name in any language, producer or village</source>
        <translation>Поиск: штрихкод, артикул, название на любом языке, производитель или село</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Oblast of the producer&apos;s village</source>
        <translation>Область села производителя</translation>
    </message>
    <message>
        <source>Producer&apos;s village</source>
        <translation>Село производителя</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>On sale, archived or all products</source>
        <translation>В продаже, в архиве или все товары</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Print price labels for the selected products</source>
        <translation>Печать ценников для выбранных товаров</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Этикетки…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>Change the selected product (or Enter in the table)</source>
        <translation>Изменить выбранный товар (или Enter в таблице)</translation>
    </message>
    <message>
        <source>Open the selected product (or Enter in the table)</source>
        <translation>Открыть выбранный товар (или Enter в таблице)</translation>
    </message>
    <message>
        <source>Put the product on sale again</source>
        <translation>Вернуть товар в продажу</translation>
    </message>
    <message>
        <source>Archive the selected product</source>
        <translation>Перенести выбранный товар в архив</translation>
    </message>
    <message>
        <source>Add or change products from a spreadsheet (CSV)</source>
        <translation>Добавить или изменить товары из таблицы (CSV)</translation>
    </message>
    <message>
        <source>Write every product to a spreadsheet (CSV)</source>
        <translation>Выгрузить все товары в таблицу (CSV)</translation>
    </message>
    <message>
        <source>Archive the product “%1” (%2)?</source>
        <translation>Перенести товар «%1» (%2) в архив?</translation>
    </message>
    <message>
        <source>Its stock on hand could not be read.</source>
        <translation>Не удалось прочитать его остаток.</translation>
    </message>
    <message>
        <source>On hand: %1.</source>
        <translation>Остаток: %1.</translation>
    </message>
    <message>
        <source>It is kept with its history but no longer sold. You can undo this.</source>
        <translation>Товар сохранится со своей историей, но больше не будет продаваться. Это можно отменить.</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>Перенос товара в архив</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiptPreviewDialog</name>
    <message>
        <source>%1 was sent to the printer %2.</source>
        <translation>%1: отправлено на принтер %2.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (%1)</source>
        <translation>Напечатать на принтере этого компьютера (%1)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1)</source>
        <translation>Сохранить как файл PDF (%1)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Open the saved PDF file</source>
        <translation>Открыть сохранённый файл PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>Приёмка товара</translation>
    </message>
    <message>
        <source>&amp;Producer</source>
        <translation>&amp;Производитель</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Условия</translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;document</source>
        <translation>&amp;Документ поставщика</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Д&amp;ата</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Приме&amp;чание</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Отсканируйте или введите штрихкод или артикул, затем Enter</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Добавить (Enter)</translation>
    </message>
    <message>
        <source>Remove line (%1)</source>
        <translation>Удалить позицию (%1)</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Себестоимость за единицу</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of another producer&apos;s goods were taken off the delivery.</source>
        <translation>
            <numerusform>%n позиция товара другого производителя убрана из поставки.</numerusform>
            <numerusform>%n позиции товара другого производителя убраны из поставки.</numerusform>
            <numerusform>%n позиций товара другого производителя убрано из поставки.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product has the barcode or SKU “%1”.</source>
        <translation>Нет товара со штрихкодом или артикулом «%1».</translation>
    </message>
    <message>
        <source>%1 is archived: put it back on sale before receiving it.</source>
        <translation>%1 в архиве: верните товар в продажу, прежде чем принимать его.</translation>
    </message>
    <message>
        <source>The producer of %1 is archived or unknown.</source>
        <translation>Производитель товара %1 в архиве или неизвестен.</translation>
    </message>
    <message>
        <source>%1 is made by %2, not by the producer of this delivery: receive it on a delivery of its own.</source>
        <translation>%1 — товар производителя %2, а не производителя этой поставки: примите его отдельной поставкой.</translation>
    </message>
    <message>
        <source>%1: %2 now.</source>
        <translation>%1: теперь %2.</translation>
    </message>
    <message>
        <source>In %1; type to change</source>
        <translation>Единица: %1; введите число, чтобы изменить</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Товар %1 добавлен.</translation>
    </message>
    <message>
        <source>Choose a producer.</source>
        <translation>Выберите производителя.</translation>
    </message>
    <message>
        <source>Scan or type the goods received first.</source>
        <translation>Сначала отсканируйте или введите полученный товар.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Строка %1: </translation>
    </message>
    <message>
        <source>the quantity must be more than zero.</source>
        <translation>количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>goods bought need their cost per unit.</source>
        <translation>для купленного товара нужна себестоимость за единицу.</translation>
    </message>
    <message>
        <source>enter the batch of %1.</source>
        <translation>укажите партию товара %1.</translation>
    </message>
    <message numerus="yes">
        <source>The delivery of %n line(s) is not saved yet.</source>
        <translation>
            <numerusform>Поставка из %n позиции ещё не сохранена.</numerusform>
            <numerusform>Поставка из %n позиций ещё не сохранена.</numerusform>
            <numerusform>Поставка из %n позиций ещё не сохранена.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>Or scan the first product: its producer is chosen for you</source>
        <translation>Или отсканируйте первый товар: его производитель будет выбран автоматически</translation>
    </message>
    <message>
        <source>Choose a producer</source>
        <translation>Выберите производителя</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiveTransferDialog</name>
    <message>
        <source>Open a transfer file or a confirmation</source>
        <translation>Открыть файл перемещения или подтверждение</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 was already received (%3): nothing changes. Save confirmation (Ctrl+S) writes its confirmation again.</source>
        <translation>Перемещение %1 из %2 уже принято (%3): ничего не меняется. «Сохранить подтверждение» (Ctrl+S) снова запишет его подтверждение.</translation>
    </message>
    <message>
        <source>Check the goods against the lines: where another quantity arrived, type it in the Received column. Then Receive (Ctrl+Enter).</source>
        <translation>Сверьте товар с позициями: если пришло другое количество, введите его в столбце «Получено». Затем «Принять» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded (%2): nothing changes.</source>
        <translation>Подтверждение перемещения %1 уже записано (%2): ничего не меняется.</translation>
    </message>
    <message>
        <source>%1 confirms what arrived of transfer %2. Record (Ctrl+Enter) keeps it with the transfer.</source>
        <translation>%1 подтверждает, что пришло по перемещению %2. «Записать» (Ctrl+Enter) сохранит подтверждение вместе с перемещением.</translation>
    </message>
    <message>
        <source>Confirmation of transfer %1: %2 (%3) received the goods on %4.</source>
        <translation>Подтверждение перемещения %1: %2 (%3) получил товар %4.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 (%3), sent on %4 by %5.</source>
        <translation>Перемещение %1 из %2 (%3), отправлено %4, отправил: %5.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>годен до %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Receive the transfer</source>
        <translation>Приём перемещения</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) arrived with another quantity than was sent. Receive the goods as counted?</source>
        <translation>
            <numerusform>%n позиция пришла в другом количестве, чем было отправлено. Принять товар по пересчёту?</numerusform>
            <numerusform>%n позиции пришли в другом количестве, чем было отправлено. Принять товар по пересчёту?</numerusform>
            <numerusform>%n позиций пришли в другом количестве, чем было отправлено. Принять товар по пересчёту?</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 received (%3): the goods are in the stock. Save confirmation (Ctrl+S) and give the file to %2.</source>
        <translation>Перемещение %1 из %2 принято (%3): товар поступил на остаток. Сохраните подтверждение (Ctrl+S) и передайте файл магазину %2.</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3.</source>
        <translation>Магазин %1 подтвердил перемещение %2: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 was already received: nothing changed.</source>
        <translation>Перемещение %1 уже принято: ничего не изменено.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded: nothing changed.</source>
        <translation>Подтверждение перемещения %1 уже записано: ничего не изменено.</translation>
    </message>
    <message>
        <source>Save the confirmation</source>
        <translation>Сохранить подтверждение</translation>
    </message>
    <message>
        <source>Confirmation written to %1: give it to %2.</source>
        <translation>Подтверждение записано в %1: передайте его магазину %2.</translation>
    </message>
    <message>
        <source>Receive a transfer</source>
        <translation>Приём перемещения</translation>
    </message>
    <message>
        <source>Open the transfer file that came with the goods, or a confirmation from the shop they went to (Ctrl+O).</source>
        <translation>Откройте файл перемещения, пришедший с товаром, или подтверждение из магазина, куда товар был отправлен (Ctrl+O).</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Save confirmation…</source>
        <translation>Сохранить подтверждение…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
</context>
<context>
    <name>ovop::ui::RecordEditor</name>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Сохранить изменения перед закрытием?</translation>
    </message>
    <message>
        <source>If you discard them, the record stays as it was.</source>
        <translation>Если не сохранять их, запись останется прежней.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>ovop::ui::RecordListPage</name>
    <message>
        <source>Search (%1). Esc clears it, Down goes to the list, Enter opens the record found.</source>
        <translation>Поиск (%1). Esc — очистить, стрелка вниз — перейти к списку, Enter — открыть найденную запись.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a button&apos;s tool tip and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReorderDialog</name>
    <message>
        <source>Reorder list</source>
        <translation>Список для дозаказа</translation>
    </message>
    <message>
        <source>Products below their minimum level, by producer and village, with what brings them back to the minimum.</source>
        <translation>Товары ниже минимального остатка по производителям и сёлам, с количеством, которое восстанавливает минимум.</translation>
    </message>
    <message>
        <source>Producer / product</source>
        <translation>Производитель / товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>Нет товаров ниже минимального остатка.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to order</source>
        <translation>
            <numerusform>%n товар к заказу</numerusform>
            <numerusform>%n товара к заказу</numerusform>
            <numerusform>%n товаров к заказу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n производитель</numerusform>
            <numerusform>%n производителя</numerusform>
            <numerusform>%n производителей</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>The reorder list was sent to the printer.</source>
        <translation>Список для дозаказа отправлен на принтер.</translation>
    </message>
    <message>
        <source>Save the reorder list as CSV</source>
        <translation>Сохранить список для дозаказа в CSV</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the reorder list as PDF</source>
        <translation>Сохранить список для дозаказа в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the reorder list</source>
        <translation>Печать списка для дозаказа</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportExport</name>
    <message>
        <source>Sales report</source>
        <translation>Отчёт о продажах</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Отчёт о социальном воздействии</translation>
    </message>
    <message>
        <source>Producers&apos; money</source>
        <translation>Расчёты с производителями</translation>
    </message>
    <message>
        <source>Stock and its value</source>
        <translation>Остатки и их стоимость</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Сохранить «%1» в PDF</translation>
    </message>
    <message>
        <source>Save %1 as CSV</source>
        <translation>Сохранить «%1» в CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>«%1» отправлен на принтер.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportTablesPage</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) · %1 · returns %2 · net %3</source>
        <translation>
            <numerusform>%n продажа · %1 · возвраты %2 · итого %3</numerusform>
            <numerusform>%n продажи · %1 · возвраты %2 · итого %3</numerusform>
            <numerusform>%n продаж · %1 · возвраты %2 · итого %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales %1 · discounts %2 · returns %3</source>
        <translation>Продажи %1 · скидки %2 · возвраты %3</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Sold less returns</source>
        <translation>Продано за вычетом возвратов</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Заработано</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Комиссия %1</translation>
    </message>
    <message>
        <source>Sold less returns %1 · commission %2 · earned %3 · paid %4 · owed %5</source>
        <translation>Продано за вычетом возвратов %1 · комиссия %2 · заработано %3 · выплачено %4 · к выплате %5</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Продажи за вычетом возвратов</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Сёла</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>%1 producers in %2 villages of %3 oblasts · women-led %4 · visit current %5</source>
        <translation>Производителей: %1, сёл: %2, областей: %3 · под руководством женщин %4 · визит в срок %5</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Продажи по дням</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Продажи по категориям</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Продажи по областям</translation>
    </message>
    <message>
        <source>Sales by village</source>
        <translation>Продажи по сёлам</translation>
    </message>
    <message>
        <source>Sales by producer</source>
        <translation>Продажи по производителям</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Продажи по способам оплаты</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Продажи по кассирам</translation>
    </message>
    <message>
        <source>Taxes contained, by rate</source>
        <translation>Налоги в продажах, по ставкам</translation>
    </message>
    <message>
        <source>Producers&apos; money: earned, paid, owed</source>
        <translation>Расчёты с производителями</translation>
    </message>
    <message>
        <source>Impact: sales by oblast</source>
        <translation>Воздействие: по областям</translation>
    </message>
    <message>
        <source>Impact: producers whose visit is overdue</source>
        <translation>Воздействие: просроченные визиты</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>Save or print…</source>
        <translation>Сохранить или напечатать…</translation>
    </message>
    <message>
        <source>VAT %1 · sales tax %2</source>
        <translation>НДС %1 · налог с продаж %2</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Ставки</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Налог с продаж</translation>
    </message>
    <message>
        <source>Contained in the sales, less the returns</source>
        <translation>В составе продаж, за вычетом возвратов</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportsPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ResetPinDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>PIN-коды не совпадают. Введите один и тот же PIN-код дважды.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Сбросить PIN-код</translation>
    </message>
    <message>
        <source>A new PIN for %1, 4 to 8 digits. Tell it to the user in person.</source>
        <translation>Новый PIN-код для %1, от 4 до 8 цифр. Сообщите его пользователю лично.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReturnDialog</name>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number.</source>
        <translation>Отсканируйте штрихкод чека или введите его номер.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, cashier %3: %4, paid %5.</source>
        <translation>Чек %1 от %2, кассир %3: %4, оплачено: %5.</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>Вернуть покупателю: %1</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>Возврат не выполнен: %1</translation>
    </message>
    <message>
        <source>Return %1 made: %2 refunded — %3.</source>
        <translation>Возврат %1 оформлен: возвращено %2 — %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Подтвердил(а): %1.</translation>
    </message>
    <message>
        <source>Return receipt %1</source>
        <translation>Чек возврата %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Чек №</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number</source>
        <translation>Отсканируйте штрихкод чека или введите его номер</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>Найти (Enter)</translation>
    </message>
    <message>
        <source>Return all</source>
        <translation>Вернуть всё</translation>
    </message>
    <message>
        <source>Everything on the receipt that has not come back yet</source>
        <translation>Всё по чеку, что ещё не возвращено</translation>
    </message>
    <message>
        <source>Return nothing</source>
        <translation>Снять выбор</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Куда вернуть деньги</translation>
    </message>
    <message>
        <source>The sale&apos;s payments</source>
        <translation>Теми же способами оплаты</translation>
    </message>
    <message>
        <source>Card and QR payments get their money back first, the rest in cash</source>
        <translation>Сначала деньги возвращаются на карту и по QR, остальное — наличными</translation>
    </message>
    <message>
        <source>All in cash</source>
        <translation>Всё наличными</translation>
    </message>
    <message>
        <source>The goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>Вернуть на полку</translation>
    </message>
    <message>
        <source>Damaged, written off</source>
        <translation>Брак, списать</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Язык чека</translation>
    </message>
    <message>
        <source>Return receipt… (Ctrl+P)</source>
        <translation>Чек возврата… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the return&apos;s receipt or save it as PDF</source>
        <translation>Напечатать чек возврата или сохранить его в PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Return (Ctrl+Enter)</source>
        <translation>Оформить возврат (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReturnLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Ранее возвращено</translation>
    </message>
    <message>
        <source>To return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Сумма возврата</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SalePage</name>
    <message>
        <source>No shift is open on this till. Open a shift with the cash in the drawer before the first sale.</source>
        <translation>На этой кассе не открыта смена. Перед первой продажей откройте смену, указав наличные в кассе.</translation>
    </message>
    <message>
        <source>Scan the goods first: the cart is empty.</source>
        <translation>Сначала отсканируйте товары: чек пуст.</translation>
    </message>
    <message>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches %1. Check the spelling or scan the barcode.</source>
        <translation>В каталоге ничего не найдено по запросу %1. Проверьте написание или отсканируйте штрихкод.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match %1. Up and Down choose, Enter adds to the cart, Esc goes back.</source>
        <translation>
            <numerusform>По запросу %1 найден %n товар. Стрелки вверх и вниз — выбор, Enter — добавить в чек, Esc — назад.</numerusform>
            <numerusform>По запросу %1 найдено %n товара. Стрелки вверх и вниз — выбор, Enter — добавить в чек, Esc — назад.</numerusform>
            <numerusform>По запросу %1 найдено %n товаров. Стрелки вверх и вниз — выбор, Enter — добавить в чек, Esc — назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Receipt %1
Total %2 · paid %3</source>
        <translation>Чек %1
Итого %2 · оплачено %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>скидка %1</translation>
    </message>
    <message>
        <source>tax included %1</source>
        <translation>в т. ч. налог %1</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a code or a name, then Enter</source>
        <translation>Отсканируйте штрихкод или введите код или название, затем Enter</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Pay in cash (Enter on an empty scan field)</source>
        <translation>Оплата наличными (Enter в пустом поле сканирования)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Оплата картой</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Pay with a QR code (ELQR)</source>
        <translation>Оплата по QR-коду (ELQR)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>The quantity of the chosen line; kilograms and metres take decimals</source>
        <translation>Количество выбранной позиции; для килограммов и метров можно дробное</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Скидка на позицию</translation>
    </message>
    <message>
        <source>A discount on the chosen line, as an amount or a percentage</source>
        <translation>Скидка на выбранную позицию — суммой или в процентах</translation>
    </message>
    <message>
        <source>Cart discount</source>
        <translation>Скидка на чек</translation>
    </message>
    <message>
        <source>A discount on the whole cart, as an amount or a percentage</source>
        <translation>Скидка на весь чек — суммой или в процентах</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Change the price of the chosen line (a manager approves)</source>
        <translation>Изменить цену выбранной позиции (с подтверждением менеджера)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Remove the chosen line from the cart</source>
        <translation>Удалить выбранную позицию из чека</translation>
    </message>
    <message>
        <source>Void cart</source>
        <translation>Аннулировать чек</translation>
    </message>
    <message>
        <source>Empty the cart without a sale (a manager approves)</source>
        <translation>Очистить чек без продажи (с подтверждением менеджера)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Put the cart aside to serve the next customer</source>
        <translation>Отложить чек, чтобы обслужить следующего покупателя</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Bring a parked cart back</source>
        <translation>Восстановить отложенный чек</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type a percentage such as 10 or 12,5.</source>
        <translation>Введите процент, например 10 или 12,5.</translation>
    </message>
    <message>
        <source>Type an amount such as 100 or 99,50.</source>
        <translation>Введите сумму, например 100 или 99,50.</translation>
    </message>
    <message>
        <source>Not approved: the cart is as it was.</source>
        <translation>Не подтверждено: чек не изменён.</translation>
    </message>
    <message>
        <source>Sale %1 completed.</source>
        <translation>Продажа %1 завершена.</translation>
    </message>
    <message>
        <source>The whole cart: %1</source>
        <translation>Весь чек: %1</translation>
    </message>
    <message>
        <source>%1 removed from the cart.</source>
        <translation>%1 — удалено из чека.</translation>
    </message>
    <message>
        <source>Void the cart</source>
        <translation>Аннулировать чек</translation>
    </message>
    <message numerus="yes">
        <source>Void the cart of %n line(s), %1? Nothing is sold and the goods stay in stock.</source>
        <translation>
            <numerusform>Аннулировать чек из %n позиции на %1? Ничего не продаётся, товары остаются в остатке.</numerusform>
            <numerusform>Аннулировать чек из %n позиций на %1? Ничего не продаётся, товары остаются в остатке.</numerusform>
            <numerusform>Аннулировать чек из %n позиций на %1? Ничего не продаётся, товары остаются в остатке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>Keep the cart</source>
        <translation>Оставить чек</translation>
    </message>
    <message>
        <source>The cart was voided.</source>
        <translation>Чек аннулирован.</translation>
    </message>
    <message numerus="yes">
        <source>The cart of %n line(s) was parked. F5 brings it back.</source>
        <translation>
            <numerusform>Чек из %n позиции отложен. F5 — восстановить.</numerusform>
            <numerusform>Чек из %n позиций отложен. F5 — восстановить.</numerusform>
            <numerusform>Чек из %n позиций отложен. F5 — восстановить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or park the current cart (Alt+*) before recalling another.</source>
        <translation>Завершите или отложите текущий чек (Alt+*), прежде чем восстанавливать другой.</translation>
    </message>
    <message>
        <source>The parked cart is back.</source>
        <translation>Отложенный чек восстановлен.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Take goods back against a receipt</source>
        <translation>Принять товар обратно по чеку</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Show, print or save the receipt of the last sale</source>
        <translation>Показать, напечатать или сохранить чек последней продажи</translation>
    </message>
    <message>
        <source>No sale was made on this page yet: find an older receipt on the shift page.</source>
        <translation>На этой странице ещё не было продаж: более ранний чек найдите на странице смены.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SendGoodsDialog</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 to send.</source>
        <translation>%1 (%2): к отправке %3.</translation>
    </message>
    <message>
        <source>%1 (%2) removed.</source>
        <translation>%1 (%2): позиция удалена.</translation>
    </message>
    <message>
        <source>Type the code of the shop the goods go to, like KAR-1.</source>
        <translation>Введите код магазина, куда отправляется товар, например KAR-1.</translation>
    </message>
    <message>
        <source>Add the goods to send first: scan them or type their codes.</source>
        <translation>Сначала добавьте товар для отправки: отсканируйте его или введите коды.</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>Сохранить файл перемещения</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Отправить товар</translation>
    </message>
    <message numerus="yes">
        <source>Close without sending? The %n line(s) typed are lost.</source>
        <translation>
            <numerusform>Закрыть без отправки? Введённая %n позиция будет потеряна.</numerusform>
            <numerusform>Закрыть без отправки? Введённые %n позиции будут потеряны.</numerusform>
            <numerusform>Закрыть без отправки? Введённые %n позиций будут потеряны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Закрыть без отправки</translation>
    </message>
    <message>
        <source>Send goods to another shop</source>
        <translation>Отправка товара в другой магазин</translation>
    </message>
    <message>
        <source>&amp;To shop:</source>
        <translation>&amp;В магазин:</translation>
    </message>
    <message>
        <source>The code of the shop the goods go to, as in its settings, like KAR-1.</source>
        <translation>Код магазина, куда отправляется товар, как в его настройках, например KAR-1.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Scan a product or type its barcode or SKU and Enter.</source>
        <translation>Отсканируйте товар или введите его штрихкод или артикул и нажмите Enter.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Коли&amp;чество:</translation>
    </message>
    <message>
        <source>Empty for one.</source>
        <translation>Пусто — одна штука.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Добавить (Enter)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Remove the selected line (Del in the table)</source>
        <translation>Удалить выбранную позицию (Del в таблице)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Save the file and send</source>
        <translation>Сохранить файл и отправить</translation>
    </message>
    <message>
        <source>Asks where to save the transfer file, then takes the goods out of the stock (%1).</source>
        <translation>Спрашивает, куда сохранить файл перемещения, затем списывает товар с остатка (%1).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SettingsPage</name>
    <message>
        <source>Type a percentage with at most two decimals, such as 12 or 1,5.</source>
        <translation>Введите процент не более чем с двумя знаками после запятой, например 12 или 1,5.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the marked field.</source>
        <translation>Ничего не сохранено. Исправьте отмеченное поле.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Налоговый профиль</translation>
    </message>
    <message>
        <source>Shelf prices include tax. The receipt shows the tax contained in the total.</source>
        <translation>Цены на полке включают налог. В чеке указывается налог, входящий в итог.</translation>
    </message>
    <message>
        <source>Shop code</source>
        <translation>Код магазина</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>This database is</source>
        <translation>Эта база данных —</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Заголовок чека</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>VAT rate, %</source>
        <translation>Ставка НДС, %</translation>
    </message>
    <message>
        <source>Sales tax, %</source>
        <translation>Налог с продаж, %</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>Округление налога</translation>
    </message>
    <message>
        <source>e.g. BIS-1</source>
        <translation>например, BIS-1</translation>
    </message>
    <message>
        <source>e.g. T1</source>
        <translation>например, T1</translation>
    </message>
    <message>
        <source>Receipt numbers are SHOP-DEVICE-NNNNNN, e.g. BIS-1-T1-000123.</source>
        <translation>Номера чеков имеют вид МАГАЗИН-УСТРОЙСТВО-NNNNNN, например BIS-1-T1-000123.</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt</source>
        <translation>Печатается в начале каждого чека</translation>
    </message>
    <message>
        <source>a shop</source>
        <translation>магазин</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>головной офис</translation>
    </message>
    <message>
        <source>The shop is a VAT payer</source>
        <translation>Магазин — плательщик НДС</translation>
    </message>
    <message>
        <source>once per receipt</source>
        <translation>один раз на чек</translation>
    </message>
    <message>
        <source>per line</source>
        <translation>по каждой строке</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Сохранить настройки (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Type an amount in som, such as 5000 or 1250,50.</source>
        <translation>Введите сумму в сомах, например 5000 или 1250,50.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Discounts above a cashier&apos;s limit and returns above the approval limit need a manager. The ELQR link is the shop&apos;s QR code from its bank; leave it empty for no QR payments.</source>
        <translation>Скидки сверх лимита кассира и возвраты сверх порога подтверждения требуют подтверждения менеджера. Ссылка ELQR — это QR-код магазина от его банка; оставьте её пустой, если оплата по QR не нужна.</translation>
    </message>
    <message>
        <source>Cashier&apos;s discount limit, %</source>
        <translation>Лимит скидки кассира, %</translation>
    </message>
    <message>
        <source>Manager&apos;s discount limit, %</source>
        <translation>Лимит скидки менеджера, %</translation>
    </message>
    <message>
        <source>Approve returns above, som</source>
        <translation>Подтверждать возвраты свыше, сом</translation>
    </message>
    <message>
        <source>A return of more than this amount needs a manager&apos;s approval.</source>
        <translation>Возврат на сумму больше этой требует подтверждения менеджера.</translation>
    </message>
    <message>
        <source>ELQR link</source>
        <translation>Ссылка ELQR</translation>
    </message>
    <message>
        <source>The link of the shop&apos;s static QR code from the bank</source>
        <translation>Ссылка статического QR-кода магазина от банка</translation>
    </message>
    <message>
        <source>Receipts&apos; language</source>
        <translation>Язык чеков</translation>
    </message>
    <message>
        <source>The language receipts are printed in unless the customer asks for another.</source>
        <translation>Язык, на котором печатаются чеки, если покупатель не попросит другой.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ShiftPage</name>
    <message>
        <source>Not sent to the fiscal register: %1</source>
        <translation>Не отправлено в фискальный регистратор: %1</translation>
    </message>
    <message>
        <source>X report of shift %1</source>
        <translation>X-отчёт смены %1</translation>
    </message>
    <message>
        <source>Shift %1 is closed: Z report No. %2. Counted %3, expected %4.</source>
        <translation>Смена %1 закрыта: Z-отчёт № %2. Насчитано %3, ожидалось %4.</translation>
    </message>
    <message>
        <source>Difference: %1.</source>
        <translation>Расхождение: %1.</translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation>Z-отчёт № %1</translation>
    </message>
    <message>
        <source>Return %1: %2 refunded.</source>
        <translation>Возврат %1: возвращено %2.</translation>
    </message>
    <message>
        <source>Sending to the fiscal register…</source>
        <translation>Отправка в фискальный регистратор…</translation>
    </message>
    <message>
        <source>%1 sent to the fiscal register; %2 still refused.</source>
        <translation>Отправлено в фискальный регистратор: %1; всё ещё отклонено: %2.</translation>
    </message>
    <message>
        <source>%1 sent to the fiscal register.</source>
        <translation>Отправлено в фискальный регистратор: %1.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Close shift, Z report</source>
        <translation>Закрыть смену, Z-отчёт</translation>
    </message>
    <message>
        <source>Z reports, copies</source>
        <translation>Z-отчёты, копии</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Send them to the fiscal register again</source>
        <translation>Отправить их в фискальный регистратор повторно</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Список…</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Должно быть в кассе</translation>
    </message>
    <message>
        <source>A shift is open already: close it first (F8).</source>
        <translation>Смена уже открыта: сначала закройте её (F8).</translation>
    </message>
    <message>
        <source>No shift is open: open one first (F2).</source>
        <translation>Смена не открыта: сначала откройте её (F2).</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Смена не открыта</translation>
    </message>
    <message>
        <source>Open a shift with the cash counted in the drawer before selling (F2).</source>
        <translation>Перед продажами откройте смену, указав пересчитанные наличные в кассе (F2).</translation>
    </message>
    <message>
        <source>Shift %1 is open</source>
        <translation>Смена %1 открыта</translation>
    </message>
    <message>
        <source>Opened %1 by %2 with a float of %3.</source>
        <translation>Открыта %1, открыл(а) %2, размен %3.</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Продажи: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Возвраты: %1</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StatementLinesModel</name>
    <message>
        <source>%1 %2 (returned)</source>
        <translation>%1 %2 (возврат)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StatementTableModel</name>
    <message>
        <source>Statement</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>К выплате</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StockPage</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Все производители</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Все сёла</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Нет товаров по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>stock value %1</source>
        <translation>стоимость остатка %1</translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n ниже минимума</numerusform>
            <numerusform>%n ниже минимума</numerusform>
            <numerusform>%n ниже минимума</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with expired batches</source>
        <translation>
            <numerusform>%n с просроченными партиями</numerusform>
            <numerusform>%n с просроченными партиями</numerusform>
            <numerusform>%n с просроченными партиями</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a delivery from a producer</source>
        <translation>Записать поставку от производителя</translation>
    </message>
    <message>
        <source>The selected product&apos;s stock movements (or Enter in the table)</source>
        <translation>Движение выбранного товара (или Enter в таблице)</translation>
    </message>
    <message>
        <source>Select a product in the table first.</source>
        <translation>Сначала выберите товар в таблице.</translation>
    </message>
    <message>
        <source>Correct the selected product&apos;s stock: damage, loss, sample, found</source>
        <translation>Скорректировать остаток выбранного товара: брак, утеря, образец, найдено</translation>
    </message>
    <message>
        <source>Set the level below which the product is reordered</source>
        <translation>Задать уровень, ниже которого товар нужно дозаказать</translation>
    </message>
    <message>
        <source>Products below their minimum level, by producer: save as CSV or PDF, print</source>
        <translation>Товары ниже минимального остатка по производителям: сохранить в CSV или PDF, напечатать</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 from %2 recorded: %n line(s).</source>
        <translation>
            <numerusform>Поставка %1 от %2 записана: %n позиция.</numerusform>
            <numerusform>Поставка %1 от %2 записана: %n позиции.</numerusform>
            <numerusform>Поставка %1 от %2 записана: %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
    <message>
        <source>Print price labels for the goods received?</source>
        <translation>Напечатать ценники на полученный товар?</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Печать этикеток…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Stock of %1 corrected: %2 (%3).</source>
        <translation>Остаток %1 скорректирован: %2 (%3).</translation>
    </message>
    <message>
        <source>The minimum level of %1 was saved.</source>
        <translation>Минимальный остаток %1 сохранён.</translation>
    </message>
    <message>
        <source>Search: barcode, SKU, name or producer</source>
        <translation>Поиск: штрихкод, артикул, название или производитель</translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation>Приёмка товара…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Корректировка…</translation>
    </message>
    <message>
        <source>Minimum…</source>
        <translation>Минимум…</translation>
    </message>
    <message>
        <source>Reorder list…</source>
        <translation>Список для дозаказа…</translation>
    </message>
    <message>
        <source>Low only</source>
        <translation>Только ниже минимума</translation>
    </message>
    <message>
        <source>Only products below their minimum level</source>
        <translation>Только товары ниже минимального остатка</translation>
    </message>
    <message>
        <source>Expired only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Only products with a batch past its expiry date</source>
        <translation>Только товары с просроченной партией</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StockTableModel</name>
    <message>
        <source>expired</source>
        <translation>срок годности истёк</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>скоро истекает срок</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ниже минимума</translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation>Партия %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(без партии)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>годен до %1</translation>
    </message>
    <message>
        <source>Below its minimum level of %1.</source>
        <translation>Ниже минимального остатка %1.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Минимальный остаток</translation>
    </message>
    <message>
        <source>Min.</source>
        <comment>minimum level, as a column header</comment>
        <translation>Мин.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StocktakeModel</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Насчитано</translation>
    </message>
    <message>
        <source>Sold, returned or received after it was counted</source>
        <translation>Продано, возвращено или принято после пересчёта</translation>
    </message>
    <message>
        <source>Moved since counted</source>
        <translation>Движение после пересчёта</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Value of the difference</source>
        <translation>Стоимость расхождения</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1 на сумму %2</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>stocktake column: the value of the difference</comment>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StocktakePage</name>
    <message>
        <source>the whole shop</source>
        <translation>весь магазин</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>категория %1</translation>
    </message>
    <message>
        <source>the goods of %1 (%2)</source>
        <translation>товар производителя %1 (%2)</translation>
    </message>
    <message>
        <source>Stocktake %1 started: count %2. Scan each product, or type its code and Enter.</source>
        <translation>Инвентаризация %1 начата: пересчитывается %2. Отсканируйте каждый товар или введите его код и нажмите Enter.</translation>
    </message>
    <message>
        <source>Type a quantity other than zero.</source>
        <translation>Введите количество, отличное от нуля.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 counted, %4 in all.</source>
        <translation>%1 (%2): насчитано %3, всего %4.</translation>
    </message>
    <message>
        <source>%1 (%2), batch %3: %4 counted, %5 in all.</source>
        <translation>%1 (%2), партия %3: насчитано %4, всего %5.</translation>
    </message>
    <message numerus="yes">
        <source>Post stocktake %1? The stock of %n product(s) changes to what was counted: gains %2, losses %3, in all %4.</source>
        <translation>
            <numerusform>Провести инвентаризацию %1? Остаток %n товара изменится на насчитанный: излишки %2, недостачи %3, итого %4.</numerusform>
            <numerusform>Провести инвентаризацию %1? Остаток %n товаров изменится на насчитанный: излишки %2, недостачи %3, итого %4.</numerusform>
            <numerusform>Провести инвентаризацию %1? Остаток %n товаров изменится на насчитанный: излишки %2, недостачи %3, итого %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) were not counted: they count as none on the shelf.</source>
        <translation>
            <numerusform>%n товар не пересчитан: он считается отсутствующим на полке.</numerusform>
            <numerusform>%n товара не пересчитаны: они считаются отсутствующими на полке.</numerusform>
            <numerusform>%n товаров не пересчитано: они считаются отсутствующими на полке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the stocktake</source>
        <translation>Проведение инвентаризации</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Провести</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: the stock of %n product(s) changed, by %2 in all. Start count (F2) begins a new one.</source>
        <translation>
            <numerusform>Инвентаризация %1 проведена: изменён остаток %n товара, итого на %2. «Начать пересчёт» (F2) начинает новую.</numerusform>
            <numerusform>Инвентаризация %1 проведена: изменён остаток %n товаров, итого на %2. «Начать пересчёт» (F2) начинает новую.</numerusform>
            <numerusform>Инвентаризация %1 проведена: изменён остаток %n товаров, итого на %2. «Начать пересчёт» (F2) начинает новую.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Отмена пересчёта</translation>
    </message>
    <message>
        <source>Cancel stocktake %1? What was counted is dropped and the stock stays as it is.</source>
        <translation>Отменить инвентаризацию %1? Насчитанное будет удалено, а остаток не изменится.</translation>
    </message>
    <message>
        <source>Stocktake %1 was cancelled: the stock did not change.</source>
        <translation>Инвентаризация %1 отменена: остаток не изменился.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Start count</source>
        <translation>Начать пересчёт</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Отменить пересчёт</translation>
    </message>
    <message>
        <source>Only a manager may do this: ask a manager to log in.</source>
        <translation>Это может сделать только менеджер: попросите менеджера войти.</translation>
    </message>
    <message>
        <source>Start count (F2)</source>
        <translation>Начать пересчёт (F2)</translation>
    </message>
    <message>
        <source>Post (F8): writes the differences to the stock.</source>
        <translation>Провести (F8): записывает расхождения в остаток.</translation>
    </message>
    <message>
        <source>Cancel count (F9)</source>
        <translation>Отменить пересчёт (F9)</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>Пере&amp;считать:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Scan a product or type its barcode or SKU and Enter: one more of it each time (Ctrl+F).</source>
        <translation>Отсканируйте товар или введите его штрихкод или артикул и нажмите Enter: каждый раз добавляется ещё одна штука (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Коли&amp;чество:</translation>
    </message>
    <message>
        <source>For a weight or a larger count; empty for one. A minus takes back a miscount.</source>
        <translation>Для весового товара или большого количества; пусто — одна штука. Минус исправляет ошибочный пересчёт.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Партия:</translation>
    </message>
    <message>
        <source>The batch, for a product kept in batches (optional).</source>
        <translation>Партия — для товара, учитываемого по партиям (необязательно).</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>Весь магазин</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Категорию</translation>
    </message>
    <message>
        <source>A producer&apos;s goods</source>
        <translation>Товар производителя</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <source>Uncounted only</source>
        <translation>Только непересчитанные</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Только расхождения</translation>
    </message>
    <message>
        <source>No count is open</source>
        <translation>Нет открытого пересчёта</translation>
    </message>
    <message>
        <source>Choose what to count and start the count (F2); the staff then scan the goods on the shelves, from any till.</source>
        <translation>Выберите, что пересчитывать, и начните пересчёт (F2); затем сотрудники сканируют товар на полках с любой кассы.</translation>
    </message>
    <message>
        <source>A manager starts a count; then you scan the goods here.</source>
        <translation>Пересчёт начинает менеджер; затем вы сканируете товар здесь.</translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>Инвентаризация %1</translation>
    </message>
    <message>
        <source>Counting %1. Started by %2 on %3. Not counted yet: %4 of %5.</source>
        <translation>Пересчитывается %1. Начал: %2, %3. Ещё не пересчитано: %4 из %5.</translation>
    </message>
    <message>
        <source>Gains: %1. Losses: %2. In all: %3.</source>
        <translation>Излишки: %1. Недостачи: %2. Итого: %3.</translation>
    </message>
    <message>
        <source>%1 may not manage stock and cannot approve posting a stocktake.</source>
        <translation>%1 не может управлять товарными остатками и не может подтвердить проведение инвентаризации.</translation>
    </message>
    <message>
        <source>Posting stocktake %1 changes the stock: a manager approves it.</source>
        <translation>Проведение инвентаризации %1 меняет остатки: его подтверждает менеджер.</translation>
    </message>
    <message>
        <source>Post with a manager&apos;s PIN</source>
        <translation>Провести с PIN-кодом менеджера</translation>
    </message>
    <message>
        <source>Only a manager may post: use Post with a manager&apos;s PIN (Ctrl+F8).</source>
        <translation>Провести может только менеджер: нажмите «Провести с PIN-кодом менеджера» (Ctrl+F8).</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TableColumns</name>
    <message>
        <source>Fit all columns to their contents</source>
        <translation>Подогнать все столбцы по содержимому</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransferFileDialogs</name>
    <message>
        <source>Transfer files (*.json)</source>
        <translation>Файлы перемещений (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransferListModel</name>
    <message>
        <source>outgoing</source>
        <translation>исходящее</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящее</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n позиция)</numerusform>
            <numerusform>%1 (%n позиции)</numerusform>
            <numerusform>%1 (%n позиций)</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Quantity sent</source>
        <translation>Кол-во отправлено</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Кол-во получено</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransfersPage</name>
    <message>
        <source>No transfers yet.</source>
        <translation>Перемещений пока нет.</translation>
    </message>
    <message>
        <source>Lines of transfer %1</source>
        <translation>Позиции перемещения %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>годен до %1</translation>
    </message>
    <message>
        <source>Transfer %1 to %2: the goods left the stock. Give the transfer file to %2 with the goods.</source>
        <translation>Перемещение %1 в магазин %2: товар списан с остатка. Передайте файл перемещения магазину %2 вместе с товаром.</translation>
    </message>
    <message>
        <source>Transfer %1: %2.</source>
        <translation>Перемещение %1: %2.</translation>
    </message>
    <message>
        <source>Goods sent to the other shops of the network and received from them, each with a file that goes with the goods.</source>
        <translation>Товар, отправленный в другие магазины сети и полученный из них, — каждое перемещение с файлом, который идёт вместе с товаром.</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Отправить товар</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Принять перемещение</translation>
    </message>
    <message>
        <source>Opens a transfer file that came with goods, or the confirmation of goods sent from here (%1).</source>
        <translation>Открывает файл перемещения, пришедший с товаром, или подтверждение по товару, отправленному отсюда (%1).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Enter shows the lines of the selected transfer; Esc comes back.</source>
        <translation>Enter показывает позиции выбранного перемещения; Esc — назад.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
</context>
<context>
    <name>ovop::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Заблокирован до %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>ovop::ui::UsersPage</name>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>Пользователь %1 добавлен.</translation>
    </message>
    <message>
        <source>User %1 was enabled.</source>
        <translation>Пользователь %1 включён.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>Пользователь %1 отключён.</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>PIN-код пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>Filter by name, full name, role or status</source>
        <translation>Фильтр по имени, полному имени, роли или статусу</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Сбросить PIN-код…</translation>
    </message>
    <message>
        <source>You cannot disable your own account while you use it. Another administrator can disable it.</source>
        <translation>Нельзя отключить свою учётную запись, пока вы в ней работаете. Её может отключить другой администратор.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ValueDialog</name>
    <message>
        <source>Type the quantity; kilograms and metres take decimals (1,5).</source>
        <translation>Введите количество; для килограммов и метров можно дробное (1,5).</translation>
    </message>
    <message>
        <source>Type the new price of one unit.</source>
        <translation>Введите новую цену за единицу.</translation>
    </message>
    <message>
        <source>Type the discount as an amount or a percentage (% or +: switch). Empty: no discount.</source>
        <translation>Введите скидку суммой или в процентах (% или + — переключить). Пусто — без скидки.</translation>
    </message>
    <message>
        <source>som</source>
        <translation>сом</translation>
    </message>
    <message>
        <source>An amount in som (+)</source>
        <translation>Сумма в сомах (+)</translation>
    </message>
    <message>
        <source>A percentage (%)</source>
        <translation>Процент (%)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::VillagesEditor</name>
    <message>
        <source>Villages</source>
        <translation>Сёла</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>— no district (city) —</source>
        <translation>— без района (город) —</translation>
    </message>
    <message>
        <source>The village %1 was added.</source>
        <translation>Село %1 добавлено.</translation>
    </message>
    <message>
        <source>The village %1 was saved.</source>
        <translation>Село %1 сохранено.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Oblast, district, village</source>
        <translation>Область, район, село</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>New village</source>
        <translation>Новое село</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Название (кыргызское)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (русское)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (английское)</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>Добавить село</translation>
    </message>
    <message>
        <source>Save village</source>
        <translation>Сохранить село</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ZReportsDialog</name>
    <message>
        <source>Z report No. %1 (copy)</source>
        <translation>Z-отчёт № %1 (копия)</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z-отчёты</translation>
    </message>
    <message>
        <source>The Z reports of this till. A report printed again is marked as a copy.</source>
        <translation>Z-отчёты этой кассы. Повторно напечатанный отчёт помечается как копия.</translation>
    </message>
    <message>
        <source>Print a copy… (Enter)</source>
        <translation>Печать копии… (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Z report No. %1 — shift %2, closed %3 by %4; sales %5, counted %6</source>
        <translation>Z-отчёт № %1 — смена %2, закрыта %3, закрыл(а) %4; продажи %5, насчитано %6</translation>
    </message>
    <message>
        <source>difference %1</source>
        <translation>расхождение %1</translation>
    </message>
    <message>
        <source>No shift of this till has been closed yet.</source>
        <translation>На этой кассе ещё не закрыто ни одной смены.</translation>
    </message>
</context>
</TS>

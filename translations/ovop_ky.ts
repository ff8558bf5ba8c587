<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>Сактоо (%1)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Жокко чыгаруу (Esc)</translation>
    </message>
</context>
<context>
    <name>AdjustmentReasons</name>
    <message>
        <source>Damaged</source>
        <translation>Бузулган</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Жоголгон</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Үлгү</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылган</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
</context>
<context>
    <name>AdjustmentService</name>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>Эскертме %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>Say in the note why the stock is corrected.</source>
        <translation>Калдык эмне үчүн оңдолуп жатканын эскертмеге жазыңыз.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>Саны нөл болбошу керек.</translation>
    </message>
    <message>
        <source>Damaged, lost goods and samples leave the shop: the quantity must be negative.</source>
        <translation>Бузулган, жоголгон товарлар жана үлгүлөр дүкөндөн чыгат: саны терс болушу керек.</translation>
    </message>
    <message>
        <source>Goods found come into the shop: the quantity must be positive.</source>
        <translation>Табылган товарлар дүкөнгө кирет: саны оң болушу керек.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар табылган жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: leave the batch empty.</source>
        <translation>%1 партия боюнча эсепке алынбайт: партияны бош калтырыңыз.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: say which batch.</source>
        <translation>%1 партия боюнча эсепке алынат: партияны көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is on hand: the correction cannot take %3.</source>
        <translation>%2: калдыкта %1 гана бар, оңдоо %3 алып сала албайт.</translation>
    </message>
    <message>
        <source>More than is on hand.</source>
        <translation>Калдыктагыдан көп.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Shop database created</source>
        <translation>Дүкөндүн маалымат базасы түзүлдү</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Системага кирди</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Кирүүдөн баш тартылды</translation>
    </message>
    <message>
        <source>User locked after wrong PINs</source>
        <translation>Туура эмес PIN-коддордон кийин колдонуучу бөгөттөлдү</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Колдонуучу кошулду</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Колдонуучу өчүрүлдү</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Колдонуучу иштетилди</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-код алмаштырылды</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Тил алмаштырылды</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Жөндөө өзгөртүлдү</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Камдык көчүрмө алынды</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Маалымат базасы камдык көчүрмөдөн калыбына келтирилди</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Товар кошулду</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Товар өзгөртүлдү</translation>
    </message>
    <message>
        <source>Product archived</source>
        <translation>Товар архивге жөнөтүлдү</translation>
    </message>
    <message>
        <source>Producer added</source>
        <translation>Өндүрүүчү кошулду</translation>
    </message>
    <message>
        <source>Producer changed</source>
        <translation>Өндүрүүчү өзгөртүлдү</translation>
    </message>
    <message>
        <source>Village added</source>
        <translation>Айыл кошулду</translation>
    </message>
    <message>
        <source>Village changed</source>
        <translation>Айыл өзгөртүлдү</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Каталог импорттолду</translation>
    </message>
    <message>
        <source>Producers imported</source>
        <translation>Өндүрүүчүлөр импорттолду</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Аудит журналын окуу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>Аудиттин %1-жазуусу жок: ал өчүрүлгөн.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>Аудиттин %1–%2-жазуулары жок: алар өчүрүлгөн.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) was changed after it was written.</source>
        <translation>Аудиттин %1 (%2) жазуусу жазылгандан кийин өзгөртүлгөн.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not start the chain: entries before it were deleted or it was changed.</source>
        <translation>Аудиттин %1-жазуусу чынжырды баштабайт: андан мурунку жазуулар өчүрүлгөн же ал өзгөртүлгөн.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry between them was deleted, inserted or changed.</source>
        <translation>Аудиттин %1-жазуусу %2-жазуудан кийин келбейт: алардын ортосундагы жазуу өчүрүлгөн, кошулган же өзгөртүлгөн.</translation>
    </message>
    <message>
        <source>Product back on sale</source>
        <translation>Товар кайра сатыкка чыкты</translation>
    </message>
    <message>
        <source>Product deleted</source>
        <translation>Товар өчүрүлдү</translation>
    </message>
    <message>
        <source>Product photo changed</source>
        <translation>Товардын сүрөтү өзгөртүлдү</translation>
    </message>
    <message>
        <source>Producer archived</source>
        <translation>Өндүрүүчү архивге жөнөтүлдү</translation>
    </message>
    <message>
        <source>Producer active again</source>
        <translation>Өндүрүүчү кайра активдүү</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Товар кабыл алынды</translation>
    </message>
    <message>
        <source>Audit log protection repaired</source>
        <translation>Аудит журналынын коргоосу калыбына келтирилди</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Смена ачылды</translation>
    </message>
    <message>
        <source>Cash put into the drawer</source>
        <translation>Кассага накталай салынды</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer</source>
        <translation>Кассадан накталай алынды</translation>
    </message>
    <message>
        <source>Shift closed with a Z report</source>
        <translation>Смена Z-отчёт менен жабылды</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Сатуу</translation>
    </message>
    <message>
        <source>Cart voided</source>
        <translation>Чек жокко чыгарылды</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Кайтаруу</translation>
    </message>
    <message>
        <source>Manager&apos;s approval at the till</source>
        <translation>Кассада менеджердин уруксаты</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>Жеткирүү кабыл алынды</translation>
    </message>
    <message>
        <source>Stock corrected</source>
        <translation>Калдык оңдолду</translation>
    </message>
    <message>
        <source>Minimum level changed</source>
        <translation>Минималдуу калдык өзгөртүлдү</translation>
    </message>
    <message>
        <source>Producer&apos;s commission changed</source>
        <translation>Өндүрүүчүнүн комиссиясы өзгөртүлдү</translation>
    </message>
    <message>
        <source>Producer&apos;s statement made</source>
        <translation>Өндүрүүчүнүн отчёту түзүлдү</translation>
    </message>
    <message>
        <source>Producer paid</source>
        <translation>Өндүрүүчүгө төлөндү</translation>
    </message>
    <message>
        <source>Goods returned to a producer</source>
        <translation>Товар өндүрүүчүгө кайтарылды</translation>
    </message>
    <message>
        <source>Stocktake started</source>
        <translation>Инвентаризация башталды</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>Инвентаризация бекитилди</translation>
    </message>
    <message>
        <source>Stocktake cancelled</source>
        <translation>Инвентаризация жокко чыгарылды</translation>
    </message>
    <message>
        <source>Goods sent to another shop</source>
        <translation>Товар башка дүкөнгө жөнөтүлдү</translation>
    </message>
    <message>
        <source>Goods received from another shop</source>
        <translation>Товар башка дүкөндөн кабыл алынды</translation>
    </message>
    <message>
        <source>Transfer confirmed by the receiving shop</source>
        <translation>Жылдырууну кабыл алуучу дүкөн ырастады</translation>
    </message>
    <message>
        <source>Report figures made again from the ledger</source>
        <translation>Отчёттордун көрсөткүчтөрү журнал боюнча кайра эсептелди</translation>
    </message>
</context>
<context>
    <name>AuditProtection</name>
    <message>
        <source>The protection of the audit log cannot be read: %1</source>
        <translation>Аудит журналынын коргоосун окуу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s protection %1 was removed: entries can be changed or deleted unseen.</source>
        <translation>Аудит журналынын %1 коргоосу алынып салынган: жазууларды байкатпай өзгөртүүгө же өчүрүүгө болот.</translation>
    </message>
    <message>
        <source>The audit log&apos;s protection %1 was altered.</source>
        <translation>Аудит журналынын %1 коргоосу өзгөртүлгөн.</translation>
    </message>
    <message>
        <source>An unknown trigger %1 was added to the audit log.</source>
        <translation>Аудит журналына белгисиз %1 триггери кошулган.</translation>
    </message>
    <message>
        <source>Only an administrator may repair the protection of the audit log.</source>
        <translation>Аудит журналынын коргоосун администратор гана калыбына келтире алат.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read to confirm the audit log: %2</source>
        <translation>Аудит журналын текшерүү үчүн %1 камдык көчүрмөсүн окуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <source>Audit entry %1, kept in the backup %2, is no longer in the audit log: the newest entries were deleted.</source>
        <translation>%2 камдык көчүрмөсүндө сакталган аудиттин %1-жазуусу аудит журналында жок: эң акыркы жазуулар өчүрүлгөн.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one kept in the backup %2: the audit log was rewritten.</source>
        <translation>Аудиттин %1-жазуусу %2 камдык көчүрмөсүндө сакталган жазуудан айырмаланат: аудит журналы кайра жазылган.</translation>
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
        <translation>Штрих-коддор</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <comment>product or village</comment>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <comment>product or village</comment>
        <translation>Орусча аталышы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <comment>product or village</comment>
        <translation>Англисче аталышы</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>product</comment>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>product</comment>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Price</source>
        <comment>product</comment>
        <translation>Баасы</translation>
    </message>
    <message>
        <source>Producer</source>
        <comment>product</comment>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Materials</source>
        <comment>product</comment>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Story in Kyrgyz</source>
        <comment>product</comment>
        <translation>Кыргызча тарыхы</translation>
    </message>
    <message>
        <source>Story in Russian</source>
        <comment>product</comment>
        <translation>Орусча тарыхы</translation>
    </message>
    <message>
        <source>Story in English</source>
        <comment>product</comment>
        <translation>Англисче тарыхы</translation>
    </message>
    <message>
        <source>Tax group</source>
        <comment>product</comment>
        <translation>Салык тобу</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <comment>product or producer</comment>
        <translation>Сертификаттын номери</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <comment>product or producer</comment>
        <translation>Сертификаттын датасы</translation>
    </message>
    <message>
        <source>Tracks batches</source>
        <comment>product</comment>
        <translation>Партияларды эсепке алуу</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>product or producer</comment>
        <translation>Активдүү</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>producer</comment>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>producer</comment>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>producer</comment>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>producer</comment>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>producer</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>producer</comment>
        <translation>Мүчөлөр</translation>
    </message>
    <message>
        <source>Women</source>
        <comment>producer</comment>
        <translation>Аялдар</translation>
    </message>
    <message>
        <source>Led by women</source>
        <comment>producer</comment>
        <translation>Аялдар жетектеген</translation>
    </message>
    <message>
        <source>Terms</source>
        <comment>producer</comment>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Commission</source>
        <comment>producer</comment>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Payment details</source>
        <comment>producer</comment>
        <translation>Төлөм реквизиттери</translation>
    </message>
    <message>
        <source>Fair price basis</source>
        <comment>producer</comment>
        <translation>Адилет бааның негизи</translation>
    </message>
    <message>
        <source>Last visit</source>
        <comment>producer</comment>
        <translation>Акыркы сапар</translation>
    </message>
    <message>
        <source>Result of the last visit</source>
        <comment>producer</comment>
        <translation>Акыркы сапардын жыйынтыгы</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>producer</comment>
        <translation>Кийинки кадамдар</translation>
    </message>
    <message>
        <source>Child-labour check</source>
        <comment>producer</comment>
        <translation>Балдар эмгегин текшерүү</translation>
    </message>
    <message>
        <source>Result of the child-labour check</source>
        <comment>producer</comment>
        <translation>Балдар эмгегин текшерүүнүн жыйынтыгы</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <comment>producer</comment>
        <translation>Материалдар жана боёктор</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <comment>producer</comment>
        <translation>Экологиялык практика</translation>
    </message>
    <message>
        <source>Exempt-seller document</source>
        <comment>producer</comment>
        <translation>Салыктан бошотулган сатуучунун документи</translation>
    </message>
    <message>
        <source>Oblast</source>
        <comment>village</comment>
        <translation>Облус</translation>
    </message>
    <message>
        <source>District</source>
        <comment>village</comment>
        <translation>Район</translation>
    </message>
    <message>
        <source>Quantity</source>
        <comment>stock</comment>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <comment>stock</comment>
        <translation>Бирдигинин өздүк наркы</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>stock</comment>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>stock</comment>
        <translation>Жарактуулук мөөнөтү</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>stock or login</comment>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>File</source>
        <comment>backup</comment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>backup</comment>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>backup</comment>
        <translation>Автоматтык</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>user</comment>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>user</comment>
        <translation>Толук аты</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>user</comment>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Attempt</source>
        <comment>login</comment>
        <translation>Кирүү аракети</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>туура эмес PIN-код</translation>
    </message>
    <message>
        <source>the user is locked after wrong PINs</source>
        <translation>туура эмес PIN-коддордон кийин колдонуучу бөгөттөлгөн</translation>
    </message>
    <message>
        <source>too many wrong PINs</source>
        <translation>туура эмес PIN-коддор өтө көп</translation>
    </message>
    <message>
        <source>the user is disabled</source>
        <translation>колдонуучу өчүрүлгөн</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>мындай колдонуучу жок</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 товары кошулду.</translation>
    </message>
    <message>
        <source>%1 changed: %2.</source>
        <translation>%1 товары өзгөртүлдү: %2.</translation>
    </message>
    <message>
        <source>%1 taken off sale (archived).</source>
        <translation>%1 товары сатуудан алынды (архивге жөнөтүлдү).</translation>
    </message>
    <message>
        <source>%1 back on sale.</source>
        <translation>%1 товары кайрадан сатууда.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 товары өчүрүлдү.</translation>
    </message>
    <message>
        <source>New photo of %1.</source>
        <translation>%1 товарынын жаңы сүрөтү.</translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation>%1 товарынын сүрөтү алынып салынды.</translation>
    </message>
    <message>
        <source>Producer %1 added.</source>
        <translation>%1 өндүрүүчүсү кошулду.</translation>
    </message>
    <message>
        <source>Producer %1 changed: %2.</source>
        <translation>%1 өндүрүүчүсү өзгөртүлдү: %2.</translation>
    </message>
    <message>
        <source>Producer %1 archived.</source>
        <translation>%1 өндүрүүчүсү архивге жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Producer %1 active again.</source>
        <translation>%1 өндүрүүчүсү кайрадан активдүү.</translation>
    </message>
    <message>
        <source>%1 received: %2.</source>
        <translation>%1 товары кабыл алынды: %2.</translation>
    </message>
    <message>
        <source>Village %1 added.</source>
        <translation>%1 айылы кошулду.</translation>
    </message>
    <message>
        <source>Village %1 changed: %2.</source>
        <translation>%1 айылы өзгөртүлдү: %2.</translation>
    </message>
    <message>
        <source>Logged in; the stored PIN was made stronger.</source>
        <translation>Системага кирди; сакталган PIN-коддун коргоосу күчөтүлдү.</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Системага кирди.</translation>
    </message>
    <message>
        <source>Login refused: %1 (attempt %2).</source>
        <translation>Кирүүдөн баш тартылды: %1 (%2-аракет).</translation>
    </message>
    <message>
        <source>Login refused: %1.</source>
        <translation>Кирүүдөн баш тартылды: %1.</translation>
    </message>
    <message>
        <source>Locked after wrong PINs until %1.</source>
        <translation>Туура эмес PIN-коддордон кийин %1 чейин бөгөттөлдү.</translation>
    </message>
    <message>
        <source>%1 added as %2; language: %3.</source>
        <translation>%1 колдонуучусу кошулду, ролу: %2; тили: %3.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 колдонуучусу өчүрүлдү.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 колдонуучусу иштетилди.</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>%1 колдонуучусуна жаңы PIN-код коюлду.</translation>
    </message>
    <message>
        <source>Language of %1: %2 → %3.</source>
        <translation>%1 колдонуучусунун тили: %2 → %3.</translation>
    </message>
    <message>
        <source>Catalogue imported: %1 products added, %2 changed.</source>
        <translation>Каталог импорттолду: %1 товар кошулду, %2 өзгөрдү.</translation>
    </message>
    <message>
        <source>Producers imported: %1 added, %2 changed.</source>
        <translation>Өндүрүүчүлөр импорттолду: %1 кошулду, %2 өзгөрдү.</translation>
    </message>
    <message>
        <source>Shift %1 opened with a float of %2.</source>
        <translation>%1-смена %2 баштапкы накталай менен ачылды.</translation>
    </message>
    <message>
        <source>%1 put into the drawer in shift %2: %3.</source>
        <translation>%2-сменада кассага %1 салынды: %3.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer in shift %2: %3.</source>
        <translation>%2-сменада кассадан %1 алынды: %3.</translation>
    </message>
    <message>
        <source>Shift %1 closed with Z report %2: %3 counted, %4 expected, difference %5.</source>
        <translation>%1-смена № %2 Z-отчёт менен жабылды: саналганы %3, күтүлгөнү %4, айырмасы %5.</translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %2, %n line(s).</source>
        <translation>
            <numerusform>Сатуу %1: %2, %n сап.</numerusform>
            <numerusform>Сатуу %1: %2, %n сап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1 against sale %2: %3 refunded.</source>
        <translation>Кайтаруу %1, %2 сатуусу боюнча: %3 кайтарылды.</translation>
    </message>
    <message>
        <source>A cart of %1 voided before payment.</source>
        <translation>%1 суммасындагы чек төлөмгө чейин жокко чыгарылды.</translation>
    </message>
    <message>
        <source>%1 approved for %2: %3. Reason: %4</source>
        <translation>%1 %2 үчүн уруксат берди: %3. Себеби: %4</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 from %2 received: %n line(s).</source>
        <translation>
            <numerusform>%2 өндүрүүчүсүнөн %1 жеткирүүсү кабыл алынды: %n сап.</numerusform>
            <numerusform>%2 өндүрүүчүсүнөн %1 жеткирүүсү кабыл алынды: %n сап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Өздүк наркы: %1.</translation>
    </message>
    <message>
        <source>Stock of %1 corrected by %2 (%3).</source>
        <translation>%1 калдыгы оңдолду: %2 (%3).</translation>
    </message>
    <message>
        <source>Minimum level of %1: %2 → %3.</source>
        <translation>%1 минималдуу калдыгы: %2 → %3.</translation>
    </message>
    <message>
        <source>Commission of %1 on %2: its own rate of %3 applies again.</source>
        <translation>%1 өндүрүүчүсүнүн %2 категориясындагы комиссиясы: кайра өзүнүн %3 ставкасы колдонулат.</translation>
    </message>
    <message>
        <source>Commission of %1 on %2 set to %3.</source>
        <translation>%1 өндүрүүчүсүнүн %2 категориясындагы комиссиясы %3 кылып коюлду.</translation>
    </message>
    <message>
        <source>Statement %1 for %2, %3 to %4: sold %5, returned %6, commission %7, owed %8.</source>
        <translation>%2 үчүн %1 отчёту, %3 – %4: сатылды %5, кайтарылды %6, комиссия %7, эсептелди %8.</translation>
    </message>
    <message>
        <source>Payout %1 of %2 to %3 for statement %4 (%5).</source>
        <translation>%1 төлөмү: %2, %3 өндүрүүчүсүнө, %4 отчёту боюнча (%5).</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 to %2: %n line(s).</source>
        <translation>
            <numerusform>%2 өндүрүүчүсүнө %1 кайтаруусу: %n сап.</numerusform>
            <numerusform>%2 өндүрүүчүсүнө %1 кайтаруусу: %n сап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stocktake %1 of the whole shop started.</source>
        <translation>Бүт дүкөндүн %1 инвентаризациясы башталды.</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 %3 started.</source>
        <translation>%1 инвентаризациясы башталды: %2 %3.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>өндүрүүчү</translation>
    </message>
    <message>
        <source>Stocktake %1 posted with %2 correction(s) worth %3, approved by %4.</source>
        <translation>%1 инвентаризациясы бекитилди: %2 оңдоо, суммасы %3, уруксат берген: %4.</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled: nothing posted.</source>
        <translation>%1 инвентаризациясы жокко чыгарылды: эч нерсе бекитилген жок.</translation>
    </message>
    <message>
        <source>Transfer %1 sent to %2: %3 in %4 line(s).</source>
        <translation>%1 жылдыруусу %2 дүкөнүнө жөнөтүлдү: %3, саптар: %4.</translation>
    </message>
    <message>
        <source>Transfer %1 received from %2: %3, %4 line(s) with a difference.</source>
        <translation>%1 жылдыруусу %2 дүкөнүнөн кабыл алынды: %3, айырмасы бар саптар: %4.</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3 received, %4 line(s) with a difference.</source>
        <translation>%1 дүкөнү %2 жылдыруусун ырастады: %3 кабыл алынды, айырмасы бар саптар: %4.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The copy could not be started; nothing was changed.</source>
        <translation>Көчүрүүнү баштоо мүмкүн болгон жок; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The database stayed busy; the copy was not made. Try again in a moment.</source>
        <translation>Маалымат базасы бош эмес бойдон калды; көчүрмө жасалган жок. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full; the copy was not made.</source>
        <translation>Диск толук; көчүрмө жасалган жок.</translation>
    </message>
    <message>
        <source>The copy could not be made; nothing was changed.</source>
        <translation>Көчүрмөнү жасоо мүмкүн болгон жок; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The copy could not be finished.</source>
        <translation>Көчүрүүнү аягына чыгаруу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>%1 файлына жазуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read; nothing was changed.</source>
        <translation>%1 камдык көчүрмөсүн окуу мүмкүн эмес; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The copy could not be checked and was removed; try again.</source>
        <translation>Көчүрмөнү текшерүү мүмкүн болгон жок, ал өчүрүлдү; кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing file is never overwritten.</source>
        <translation>%1 мурунтан эле бар. Жаңы файл атын тандаңыз; бар файлдын үстүнө эч качан жазылбайт.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 папкасы жок.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>%1 камдык көчүрмөлөр папкасын түзүү мүмкүн эмес.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 — маалымат базасынын өзү; камдык көчүрмө файлын тандаңыз.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Эч нерсе калыбына келтирилген жок: %1</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was restored.</source>
        <translation>%1 файлы жок; эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>%1 holds no shop data; nothing was restored.</source>
        <translation>%1 файлында дүкөндүн маалыматы жок; эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>The current database could not be saved aside, so nothing was restored.</source>
        <translation>Учурдагы маалымат базасын четке сактоо мүмкүн болгон жок, ошондуктан эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>A backup was taken this very second; try again in a moment.</source>
        <translation>Камдык көчүрмө дал ушул секундада алынган; бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Log in as an administrator to restore a database; nothing was restored.</source>
        <translation>Маалымат базасын калыбына келтирүү үчүн администратор катары кириңиз; эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>The database is open in another program (the shop application or another ovopctl). Close it there first.</source>
        <translation>Маалымат базасы башка программада ачык турат (дүкөн колдонмосунда же башка ovopctl ичинде). Адегенде аны ошол жерде жабыңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside, so nothing was restored.</source>
        <translation>%1 файлын четке сактап коюу мүмкүн болгон жок, ошондуктан эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>The restored database could not take the place of %1; the old one is kept in %2.</source>
        <translation>Калыбына келтирилген маалымат базасын %1 ордуна коюу мүмкүн болгон жок; мурункусу %2 файлында сакталып турат.</translation>
    </message>
    <message>
        <source>The backups of %1 cannot be rearranged.</source>
        <translation>%1 папкасындагы камдык көчүрмөлөрдү жылдыруу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be read: it is not a folder this user may open. Ask whoever looks after this computer to make it one.</source>
        <translation>%1 камдык көчүрмөлөр папкасын окууга болбойт: бул колдонуучу ача турган папка эмес. Бул компьютерди тейлеген адамдан муну оңдоону сураныңыз.</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation>Штрих-код бош.</translation>
    </message>
    <message numerus="yes">
        <source>The barcode %1 has %n digit(s); an EAN-13 has 13, a UPC-A 12 and an EAN-8 8. Check that it was typed or scanned whole.</source>
        <translation>
            <numerusform>%1 штрих-кодунда %n сан бар; EAN-13 кодунда 13, UPC-A кодунда 12, EAN-8 кодунда 8 сан болот. Толук терилгенин же сканерленгенин текшериңиз.</numerusform>
            <numerusform>%1 штрих-кодунда %n сан бар; EAN-13 кодунда 13, UPC-A кодунда 12, EAN-8 кодунда 8 сан болот. Толук терилгенин же сканерленгенин текшериңиз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The barcode %1 is not a valid %2: its last digit should be %3. Check the digits or scan it again.</source>
        <translation>%1 штрих-коду туура %2 эмес: анын акыркы саны %3 болушу керек. Сандарды текшериңиз же кайра сканерлеңиз.</translation>
    </message>
    <message>
        <source>The barcode %1 is longer than %2 characters.</source>
        <translation>%1 штрих-коду %2 белгиден узун.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; holds characters a barcode cannot hold (only Latin letters, digits and punctuation, no spaces).</source>
        <translation>«%1» штрих-кодунда штрих-кодго болбой турган белгилер бар (латын тамгалары, сандар жана тыныш белгилери гана, боштуксуз).</translation>
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
        <translation>Товар табылган жок; ал өчүрүлгөн болушу мүмкүн. Эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>Choose the producer who made the product.</source>
        <translation>Товарды жасаган өндүрүүчүнү тандаңыз.</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>%1 артикулу менен товар жок.</translation>
    </message>
    <message>
        <source>No in-store barcode is free any more.</source>
        <translation>Дүкөндүн ички штрих-коддорунун бошу калган жок.</translation>
    </message>
    <message>
        <source>The product %1 is already archived.</source>
        <translation>%1 товары мурунтан эле архивде.</translation>
    </message>
    <message>
        <source>The product %1 is not archived.</source>
        <translation>%1 товары архивде эмес.</translation>
    </message>
    <message>
        <source>The product %1 cannot be deleted: it has been received, sold or counted, and its history must stay. Archive it instead.</source>
        <translation>%1 товарын өчүрүүгө болбойт: ал кабыл алынган, сатылган же саналган, анын тарыхы сакталышы керек. Анын ордуна архивге жөнөтүңүз.</translation>
    </message>
    <message>
        <source>The product %1 cannot be deleted: other records refer to it. Archive it instead.</source>
        <translation>%1 товарын өчүрүүгө болбойт: башка жазуулар ага шилтеме кылат. Анын ордуна архивге жөнөтүңүз.</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG image.</source>
        <translation>Сүрөт PNG же JPEG форматында болушу керек.</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MB; make it smaller and try again.</source>
        <translation>Сүрөт 2 МБдан чоң; кичирейтип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The SKU %1 is also on line %2 of the file.</source>
        <translation>%1 артикулу файлдын %2-сабында да бар.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2 of the file.</source>
        <translation>%1 штрих-коду файлдын %2-сабында да бар.</translation>
    </message>
    <message>
        <source>Nothing was imported: the producer %1 was not found.</source>
        <translation>Эч нерсе импорттолгон жок: %1 өндүрүүчүсү табылган жок.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed. Search for it again.</source>
        <translation>Товар табылган жок; ал өчүрүлгөн болушу мүмкүн. Аны кайра издеңиз.</translation>
    </message>
    <message>
        <source>Enter the SKU, the shop&apos;s own code of the product (for example FLT-001).</source>
        <translation>Артикулду, башкача айтканда дүкөндүн товарга берген өз кодун жазыңыз (мисалы, FLT-001).</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; may hold only Latin letters, digits and - _ . / and at most %2 characters.</source>
        <translation>«%1» артикулунда латын тамгалары, сандар жана - _ . / белгилери гана, эң көп %2 белги болушу мүмкүн.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product. Choose another SKU.</source>
        <translation>%1 артикулу башка товарда колдонулат. Башка артикул тандаңыз.</translation>
    </message>
    <message>
        <source>The barcode %1 is given twice.</source>
        <translation>%1 штрих-коду эки жолу берилген.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to the product %2 (%3). A barcode identifies one product only.</source>
        <translation>%1 штрих-коду мурунтан эле %2 (%3) товарына таандык. Бир штрих-код бир гана товарды билдирет.</translation>
    </message>
    <message>
        <source>Enter the name in at least one language (Kyrgyz, Russian or English).</source>
        <translation>Аталышын жок дегенде бир тилде жазыңыз (кыргызча, орусча же англисче).</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Аталышы %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Категорияны тандаңыз.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;. Use one of: %2.</source>
        <translation>«%1» категориясы жок. Булардын бирин колдонуңуз: %2.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Баа нөлдөн жогору болушу керек.</translation>
    </message>
    <message>
        <source>There is no tax group &quot;%1&quot;. Use one of: %2.</source>
        <translation>«%1» салык тобу жок. Булардын бирин колдонуңуз: %2.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1. Add the producer first or correct the code.</source>
        <translation>%1 коду менен өндүрүүчү жок. Адегенде өндүрүүчүнү кошуңуз же кодду оңдоңуз.</translation>
    </message>
    <message>
        <source>The chosen producer no longer exists. Choose the producer again.</source>
        <translation>Тандалган өндүрүүчү мындан ары жок. Өндүрүүчүнү кайра тандаңыз.</translation>
    </message>
    <message>
        <source>The unit cannot change: the product already has stock counted in %1. Archive it and add a new product instead.</source>
        <translation>Өлчөм бирдигин өзгөртүүгө болбойт: товардын калдыгы %1 менен эсептелген. Анын ордуна аны архивге жөнөтүп, жаңы товар кошуңуз.</translation>
    </message>
</context>
<context>
    <name>CommissionService</name>
    <message>
        <source>The producer was not found.</source>
        <translation>Өндүрүүчү табылган жок.</translation>
    </message>
    <message>
        <source>The commission must be between 0 and 100%.</source>
        <translation>Комиссия 0 менен 100% ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>«%1» категориясы жок.</translation>
    </message>
    <message>
        <source>Producer %1 has no commission of its own for &quot;%2&quot;: its rate applies already.</source>
        <translation>%1 өндүрүүчүсүнүн «%2» үчүн өзүнчө комиссиясы жок: анын жалпы ставкасы колдонулуп жатат.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not in UTF-8, and this installation cannot read the Windows-1251 encoding. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Файл UTF-8 коддоосунда эмес, ал эми бул орнотуу Windows-1251 коддоосун окуй албайт. Файлды «CSV UTF-8» катары сактап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing). Check the quotes on that line and save the file again.</source>
        <translation>%1-сап: тырмакчага алынган талаа жабылган эмес (&quot; жетишпейт). Ошол саптагы тырмакчаларды текшерип, файлды кайра сактаңыз.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names, then one row per item.</source>
        <translation>Файл бош: ага мамычалардын аттары жазылган баш сап, андан кийин ар бир нерсеге бирден сап керек.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>%1 файлы жок. Атын жана папканы текшериңиз.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check that you may open it and that no other program locks it.</source>
        <translation>%1 файлын окуу мүмкүн эмес. Аны ачууга уруксатыңыз бар экенин жана башка программа бөгөттөбөгөнүн текшериңиз.</translation>
    </message>
    <message>
        <source>The file %1 is too large (more than %2 MB). Split it into smaller files.</source>
        <translation>%1 файлы өтө чоң (%2 МБдан ашык). Аны кичинерээк файлдарга бөлүңүз.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check that the disk is readable.</source>
        <translation>%1 файлын окуу мүмкүн эмес. Диск окула турганын текшериңиз.</translation>
    </message>
    <message>
        <source>Line %1: the file is in UTF-8, but this line holds a byte that is not UTF-8 (perhaps text pasted from a file in another encoding). Correct the line, save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1-сап: файл UTF-8 коддоосунда, бирок бул сапта UTF-8 эмес байт бар (балким, башка коддоодогу файлдан көчүрүлгөн текст). Сапты оңдоп, файлды «CSV UTF-8» катары сактаңыз жана кайра импорттоңуз.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is text neither in UTF-8 nor in Windows-1251: the file may not be a CSV file. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1-сапта UTF-8 коддоосунда да, Windows-1251 коддоосунда да текст болбогон байт бар: бул файл CSV файлы эмес болушу мүмкүн. Аны «CSV UTF-8» катары сактап, кайра импорттоңуз.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Choose a CSV file.</source>
        <translation>%1 — кадимки файл эмес (ал папка, түзмөк же канал). CSV файлын тандаңыз.</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>The column %1 appears twice in the first row (columns %2 and %3). Keep one of them and import again. Nothing was imported.</source>
        <translation>%1 мамычасы биринчи сапта эки жолу кездешет (%2 жана %3-мамычалар). Бирөөнү калтырып, кайра импорттоңуз. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2024-03-05 or 05.03.2024.</source>
        <translation>«%1» — дата эмес. Аны 2024-03-05 же 05.03.2024 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <source>The file has no column %1. Its first row must name the columns, at least: %2. Nothing was imported.</source>
        <translation>Файлда %1 мамычасы жок. Анын биринчи сабында мамычалардын аттары, жок дегенде булар болушу керек: %2. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>This row has %1 values, but the first row names only %2 columns. Put a value that holds the delimiter (%3) in double quotes, for example &quot;%4&quot;.</source>
        <translation>Бул сапта %1 маани бар, бирок биринчи сапта %2 гана мамыча аталган. Бөлгүч (%3) камтылган маанини кош тырмакчага алыңыз, мисалы: «%4».</translation>
    </message>
    <message>
        <source>The value holds a control character (U+%1), which a text may not hold. Remove it: it is often left behind by copying from another program.</source>
        <translation>Маанинин ичинде башкаруучу белги (U+%1) бар, ал эми текстте андай белги болбошу керек. Аны өчүрүңүз: ал көбүнчө башка программадан көчүргөндө калып калат.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no. Write one of: %2.</source>
        <translation>«%1» — «ооба» да, «жок» да эмес. Булардын бирин жазыңыз: %2.</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>Usage: ovopctl --as NAME audit [--action PREFIX] [--user NAME] [--limit N]</source>
        <translation>Колдонуу: ovopctl --as NAME audit [--action PREFIX] [--user NAME] [--limit N]</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Камдык көчүрмө %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Usage: ovopctl --as NAME restore FILE</source>
        <translation>Колдонуу: ovopctl --as NAME restore FILE</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>%1 %2 файлынан калыбына келтирилди.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>Маалымат базасынын мурунку абалы %1 файлында сакталды.</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog import FILE [--dry-run]</source>
        <translation>Колдонуу: ovopctl catalog import FILE [--dry-run]</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation>
            <numerusform>%n товар %1 файлына жазылды.</numerusform>
            <numerusform>%n товар %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is sound: data version %2, %n audit entries in an unbroken chain.</source>
        <translation>
            <numerusform>%1 бүтүн: маалымат версиясы %2, аудиттин %n жазуусу үзүлбөгөн чынжырда.</numerusform>
            <numerusform>%1 бүтүн: маалымат версиясы %2, аудиттин %n жазуусу үзүлбөгөн чынжырда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 ичинде %n көйгөй бар:</numerusform>
            <numerusform>%1 ичинде %n көйгөй бар:</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN-код: </translation>
    </message>
    <message>
        <source>This command changes data: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>Бул буйрук маалыматты өзгөртөт: ким экениңизди --as NAME менен көрсөтүңүз (PIN-код OVOP_PIN өзгөрмөсүнөн же суралганда терилет).</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 үчүн маани керек.</translation>
    </message>
    <message>
        <source>Created the shop database %1 for %2 (%3), device %4.</source>
        <translation>%2 (%3) үчүн %1 дүкөн маалымат базасы түзүлдү, түзмөк %4.</translation>
    </message>
    <message>
        <source>Users: %1.</source>
        <translation>Колдонуучулар: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: ovopctl init --demo, or ovopctl init --shop-code CODE --shop-name NAME [--device-id ID] [--address TEXT] [--admin NAME] [--full-name TEXT].</source>
        <translation>Күтүлбөгөн аргумент «%1». Колдонуу: ovopctl init --demo, же ovopctl init --shop-code CODE --shop-name NAME [--device-id ID] [--address TEXT] [--admin NAME] [--full-name TEXT].</translation>
    </message>
    <message>
        <source>init needs --shop-code CODE and --shop-name NAME (or --demo for the demo shop).</source>
        <translation>init үчүн --shop-code CODE жана --shop-name NAME керек (же демо дүкөн үчүн --demo).</translation>
    </message>
    <message>
        <source>%1 already has a shop with users; nothing was changed. Use another --db for a new shop.</source>
        <translation>%1 ичинде колдонуучулары бар дүкөн мурунтан эле бар; эч нерсе өзгөргөн жок. Жаңы дүкөн үчүн башка --db колдонуңуз.</translation>
    </message>
    <message>
        <source>PIN of the administrator %1 (4 to 8 digits): </source>
        <translation>%1 администраторунун PIN-коду (4–8 сан): </translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>%1 маалымат базасына жазуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 үчүн «%2» эмес, бүтүн сан керек.</translation>
    </message>
    <message>
        <source>Choose either --sheet or --single, not both.</source>
        <translation>--sheet же --single тандаңыз, экөөн тең эмес.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Белгисиз параметр %1.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;: put SKUs after --sku.</source>
        <translation>Күтүлбөгөн «%1»: артикулдарды --sku кийин жазыңыз.</translation>
    </message>
    <message>
        <source>Say which products: --sku SKU.</source>
        <translation>Кайсы товарлар экенин көрсөтүңүз: --sku SKU.</translation>
    </message>
    <message>
        <source>Say where to write the labels: --out FILE.pdf.</source>
        <translation>Этикеткаларды кайда жазуу керектигин көрсөтүңүз: --out FILE.pdf.</translation>
    </message>
    <message>
        <source>No product has the SKU &quot;%1&quot;: see ovopctl product list.</source>
        <translation>«%1» артикулу менен товар жок: ovopctl product list караңыз.</translation>
    </message>
    <message>
        <source>The product %1 is archived: reactivate it before printing its label.</source>
        <translation>%1 товары архивде: этикеткасын басып чыгаруудан мурун аны кайра сатууга кайтарыңыз.</translation>
    </message>
    <message>
        <source>No labels were written.</source>
        <translation>Бир да этикетка жазылган жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1 (%2).</source>
        <translation>
            <numerusform>%n этикетка %1 файлына жазылды (%2).</numerusform>
            <numerusform>%n этикетка %1 файлына жазылды (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl [--db PATH] [--lang ky|ru|en] [--json] [--as NAME] COMMAND ...</source>
        <translation>Колдонуу: ovopctl [--db PATH] [--lang ky|ru|en] [--json] [--as NAME] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Буйруктар:</translation>
    </message>
    <message>
        <source>Commands that change data act as a user: --as NAME, with the PIN from the environment variable OVOP_PIN or typed at the prompt.</source>
        <translation>Маалыматты өзгөрткөн буйруктар колдонуучунун атынан аткарылат: --as NAME, PIN-код OVOP_PIN чөйрө өзгөрмөсүнөн алынат же суралганда терилет.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused or check failed, 2 usage error.</source>
        <translation>Чыгуу коду: 0 — ийгилик, 1 — баш тартылды же текшерүү өтпөдү, 2 — колдонуу катасы.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db үчүн файлдын аты керек.</translation>
    </message>
    <message>
        <source>--lang needs ky, ru or en.</source>
        <translation>--lang үчүн ky, ru же en керек.</translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation>--as үчүн колдонуучунун аты керек.</translation>
    </message>
    <message>
        <source>Unknown option %1. See ovopctl --help.</source>
        <translation>Белгисиз параметр %1. ovopctl --help караңыз.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Белгисиз тил «%1»: ky, ru же en колдонуңуз.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See ovopctl --help.</source>
        <translation>Белгисиз буйрук «%1». ovopctl --help караңыз.</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1</source>
        <translation>Колдонуу: ovopctl %1</translation>
    </message>
    <message>
        <source>No producers found.</source>
        <translation>Бир да өндүрүүчү табылган жок.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Акыркы сапар</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(архивде)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МӨӨНӨТҮ ӨТКӨН</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>жакшы</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n өндүрүүчү</numerusform>
            <numerusform>%n өндүрүүчү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the working-conditions visit overdue (none in the last 12 months).</source>
        <translation>
            <numerusform>%n — эмгек шарттарын текшерүү сапарынын мөөнөтү өтүп кеткен (акыркы 12 айда болгон эмес).</numerusform>
            <numerusform>%n — эмгек шарттарын текшерүү сапарынын мөөнөтү өтүп кеткен (акыркы 12 айда болгон эмес).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl producer import FILE [--dry-run]</source>
        <translation>Колдонуу: ovopctl producer import FILE [--dry-run]</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) written to %1.</source>
        <translation>
            <numerusform>%n өндүрүүчү %1 файлына жазылды.</numerusform>
            <numerusform>%n өндүрүүчү %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] [--all | --archived] [--json]</source>
        <translation>Колдонуу: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] [--all | --archived] [--json]</translation>
    </message>
    <message>
        <source>No products found.</source>
        <translation>Бир да товар табылган жок.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баасы</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрих-код</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n товар.</numerusform>
            <numerusform>%n товар.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (мурун %3 эле)</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Keys: %2</source>
        <translation>Колдонуу: ovopctl %1
Ачкычтар: %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>иштейт</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өчүрүлгөн</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1 чейин бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use cashier, manager or admin.</source>
        <translation>Белгисиз роль «%1»: cashier, manager же admin колдонуңуз.</translation>
    </message>
    <message>
        <source>PIN of the new user %1: </source>
        <translation>Жаңы колдонуучу %1 үчүн PIN-код: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) кошулду.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 иштетилди.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 өчүрүлдү.</translation>
    </message>
    <message>
        <source>New PIN of %1: </source>
        <translation>%1 үчүн жаңы PIN-код: </translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>%1 колдонуучусунун PIN-коду алмаштырылды.</translation>
    </message>
    <message>
        <source>%1 will see the application in %2.</source>
        <translation>%1 колдонмону %2 тилинде көрөт.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;. Usage: ovopctl %2</source>
        <translation>Колдонуучулар үчүн белгисиз буйрук «%1». Колдонуу: ovopctl %2</translation>
    </message>
    <message>
        <source>Usage: ovopctl user add NAME --role cashier|manager|admin [--full-name TEXT] [--language ky|ru|en]</source>
        <translation>Колдонуу: ovopctl user add NAME --role cashier|manager|admin [--full-name TEXT] [--language ky|ru|en]</translation>
    </message>
    <message>
        <source>Usage: ovopctl user list</source>
        <translation>Колдонуу: ovopctl user list</translation>
    </message>
    <message>
        <source>Usage: ovopctl --as NAME backup [FILE]</source>
        <translation>Колдонуу: ovopctl --as NAME backup [FILE]</translation>
    </message>
    <message>
        <source>A restore needs an administrator: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>Калыбына келтирүү үчүн администратор керек: ким экениңизди --as NAME менен көрсөтүңүз (PIN-код OVOP_PIN өзгөрмөсүнөн алынат же суралганда терилет).</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog export FILE [--semicolon] [--force]</source>
        <translation>Колдонуу: ovopctl catalog export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog import FILE [--dry-run] | catalog export FILE [--semicolon] [--force]</source>
        <translation>Колдонуу: ovopctl catalog import FILE [--dry-run] | catalog export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Usage: ovopctl check [--repair]</source>
        <translation>Колдонуу: ovopctl check [--repair]</translation>
    </message>
    <message>
        <source>This command needs a login: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>Бул буйрук үчүн системага кирүү керек: ким экениңизди --as NAME менен көрсөтүңүз (PIN-код OVOP_PIN өзгөрмөсүнөн алынат же суралганда терилет).</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Аны алмаштыруу үчүн --force кошуңуз.</translation>
    </message>
    <message>
        <source>Usage: ovopctl label --sku SKU [SKU...] [--sku SKU...] --out FILE.pdf [--sheet | --single] [--copies N] [--skip N] [--force] [--lang ky|ru|en]</source>
        <translation>Колдонуу: ovopctl label --sku SKU [SKU...] [--sku SKU...] --out FILE.pdf [--sheet | --single] [--copies N] [--skip N] [--force] [--lang ky|ru|en]</translation>
    </message>
    <message>
        <source>Usage: ovopctl producer export FILE [--semicolon] [--force]</source>
        <translation>Колдонуу: ovopctl producer export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a producer</comment>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a product</comment>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>туура</translation>
    </message>
    <message>
        <source>The shop has no ELQR link. Give one with --link, or set the shop&apos;s with ovopctl settings set elqr_link LINK.</source>
        <translation>Дүкөндүн ELQR шилтемеси жок. Аны --link аркылуу бериңиз же дүкөндүн шилтемесин ovopctl settings set elqr_link LINK буйругу менен коюңуз.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жөнөтүлдү</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ката</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>жөнөтүлгөн жок</translation>
    </message>
    <message>
        <source>return</source>
        <translation>кайтаруу</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>сатуу</translation>
    </message>
    <message>
        <source>Usage: ovopctl fiscal list [--failed] [--json]</source>
        <translation>Колдонуу: ovopctl fiscal list [--failed] [--json]</translation>
    </message>
    <message>
        <source>Every receipt is sent to the fiscal register.</source>
        <translation>Бардык чектер фискалдык регистраторго жөнөтүлдү.</translation>
    </message>
    <message>
        <source>No receipts.</source>
        <translation>Чектер жок.</translation>
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
        <translation>Фискалдык абалы</translation>
    </message>
    <message>
        <source>Fiscal number</source>
        <translation>Фискалдык номери</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Аракеттер</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ката</translation>
    </message>
    <message>
        <source>Usage: ovopctl fiscal retry</source>
        <translation>Колдонуу: ovopctl fiscal retry</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) sent to the fiscal register.</source>
        <translation>
            <numerusform>%n чек фискалдык регистраторго жөнөтүлдү.</numerusform>
            <numerusform>%n чек фискалдык регистраторго жөнөтүлдү.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) still not sent.</source>
        <translation>
            <numerusform>%n чек азырынча жөнөтүлгөн жок.</numerusform>
            <numerusform>%n чек азырынча жөнөтүлгөн жок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text) [--lang ky|ru|en] [--force]
Prints a sale&apos;s or a return&apos;s receipt again, marked as a copy, in the receipt&apos;s own language unless --lang is given.</source>
        <translation>Колдонуу: ovopctl receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text) [--lang ky|ru|en] [--force]
Сатуунун же кайтаруунун чегин «көчүрмө» белгиси менен кайра басып чыгарат; --lang берилбесе, чектин өз тилинде.</translation>
    </message>
    <message>
        <source>Usage: ovopctl refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged] [--approve-as MANAGER] [--json]
Without QTY, what is left of the line comes back.</source>
        <translation>Колдонуу: ovopctl refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged] [--approve-as MANAGER] [--json]
QTY берилбесе, саптын калган бардык саны кайтарылат.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line with the code %2.</source>
        <translation>%1 чегинде %2 коду менен сап жок.</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>%1 үчүн PIN-код: </translation>
    </message>
    <message>
        <source>approved at the command line</source>
        <translation>буйрук сабында уруксат берилди</translation>
    </message>
    <message>
        <source>Usage: ovopctl sale --item CODE[:QTY]... --pay METHOD:AMOUNT[:DETAIL]... [--discount P%|AMOUNT] [--line-discount CODE:P%|AMOUNT]... [--lang ky|ru|en] [--approve-as MANAGER] [--json]
       ovopctl sale list [--shift N] [--from DATE] [--to DATE] [--json]
       ovopctl sale show RECEIPT [--json]
METHOD is cash, card (DETAIL: elcart, visa, mastercard, unionpay or other) or qr (DETAIL: the bank&apos;s reference).</source>
        <translation>Колдонуу: ovopctl sale --item CODE[:QTY]... --pay METHOD:AMOUNT[:DETAIL]... [--discount P%|AMOUNT] [--line-discount CODE:P%|AMOUNT]... [--lang ky|ru|en] [--approve-as MANAGER] [--json]
       ovopctl sale list [--shift N] [--from DATE] [--to DATE] [--json]
       ovopctl sale show RECEIPT [--json]
METHOD — cash (накталай), card (карта; DETAIL: elcart, visa, mastercard, unionpay же other) же qr (DETAIL: банктын операция номери).</translation>
    </message>
    <message>
        <source>A discount in percent is more than 0% and at most 100%: %1</source>
        <translation>Пайыз менен арзандатуу 0 пайыздан көп жана 100 пайыздан ашпашы керек: %1</translation>
    </message>
    <message>
        <source>A discount is a percentage such as 10% or an amount in som such as 150: %1</source>
        <translation>Арзандатуу — пайыз (мисалы, 10%) же сом менен сумма (мисалы, 150): %1</translation>
    </message>
    <message>
        <source>A payment is METHOD:AMOUNT[:DETAIL], e.g. cash:1000 or card:850:visa: %1</source>
        <translation>Төлөм METHOD:AMOUNT[:DETAIL] түрүндө жазылат, мисалы cash:1000 же card:850:visa: %1</translation>
    </message>
    <message>
        <source>Unknown payment method %1: use cash, card or qr.</source>
        <translation>Белгисиз төлөм ыкмасы %1: cash, card же qr колдонуңуз.</translation>
    </message>
    <message>
        <source>Unknown card scheme %1: use elcart, visa, mastercard, unionpay or other.</source>
        <translation>Белгисиз карта системасы %1: elcart, visa, mastercard, unionpay же other колдонуңуз.</translation>
    </message>
    <message>
        <source>A cash payment has no detail: %1</source>
        <translation>Накталай төлөмдө кошумча маалымат (DETAIL) болбойт: %1</translation>
    </message>
    <message>
        <source>--line-discount needs CODE:DISCOUNT for a code sold in this sale: %1</source>
        <translation>--line-discount үчүн ушул сатуудагы товардын коду менен CODE:DISCOUNT керек: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
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
        <translation>Жалпы</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s).</source>
        <translation>
            <numerusform>%n сатуу.</numerusform>
            <numerusform>%n сатуу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Арзандатуу</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Кайтарылды</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Жалпы: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Кайтарым: %1</translation>
    </message>
    <message>
        <source>Not sent to the fiscal register: %1 It is sent again by `ovopctl fiscal retry`.</source>
        <translation>Фискалдык регистраторго жөнөтүлгөн жок: %1 Аны `ovopctl fiscal retry` буйругу кайра жөнөтөт.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ачылды</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Баштапкы накталай</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Накталай сатуулар</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Накталай кайтаруулар</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Кассага салынган</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Кассадан алынган</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Кассада болушу керек</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сатуулар</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Кайтаруулар</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Арзандатуулар</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Кабыл алынды (%1)</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift open --float AMOUNT</source>
        <translation>Колдонуу: ovopctl shift open --float AMOUNT</translation>
    </message>
    <message>
        <source>Shift %1 open with a float of %2.</source>
        <translation>%1-смена ачылды, баштапкы накталай %2.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift cash-out AMOUNT --reason TEXT</source>
        <translation>Колдонуу: ovopctl shift cash-out AMOUNT --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift cash-in AMOUNT --reason TEXT</source>
        <translation>Колдонуу: ovopctl shift cash-in AMOUNT --reason TEXT</translation>
    </message>
    <message>
        <source>%1 taken out; %2 expected in the drawer.</source>
        <translation>%1 алынды; кассада %2 болушу керек.</translation>
    </message>
    <message>
        <source>%1 put in; %2 expected in the drawer.</source>
        <translation>%1 салынды; кассада %2 болушу керек.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift x [--json]</source>
        <translation>Колдонуу: ovopctl shift x [--json]</translation>
    </message>
    <message>
        <source>Cannot read the count &quot;%1&quot;: write DENOMINATION:COUNT pairs in som, separated by commas, e.g. 5000:2,100:7,0.5:3.</source>
        <translation>«%1» эсебин окуу мүмкүн эмес: DENOMINATION:COUNT жуптарын сом менен, үтүр аркылуу жазыңыз, мисалы 5000:2,100:7,0.5:3.</translation>
    </message>
    <message>
        <source>Cannot read the count &quot;%1&quot;.</source>
        <translation>«%1» эсебин окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift close --count DENOM:N[,DENOM:N...] [--json]</source>
        <translation>Колдонуу: ovopctl shift close --count DENOM:N[,DENOM:N...] [--json]</translation>
    </message>
    <message>
        <source>Z report %1: shift %2 closed.</source>
        <translation>№ %1 Z-отчёт: %2-смена жабылды.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>A second demo shop needs both --shop-code CODE and --shop-name NAME; without them --demo creates the demo shop BIS-1.</source>
        <translation>Экинчи демо дүкөн үчүн --shop-code CODE жана --shop-name NAME экөө тең керек; алар жок болсо, --demo BIS-1 демо дүкөнүн түзөт.</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Pays the amount the statement owes, once. Cash comes out of the drawer of this till&apos;s open shift; bank and wallet transfers need --reference.</source>
        <translation>Колдонуу: ovopctl %1
Отчёт боюнча эсептелген сумманы бир жолу төлөйт. Накталай ушул кассанын ачык сменасынан алынат; банк жана капчык аркылуу которуулар үчүн --reference керек.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;: use cash, bank or wallet.</source>
        <translation>Белгисиз төлөм ыкмасы «%1»: cash, bank же wallet колдонуңуз.</translation>
    </message>
    <message>
        <source>Statement %1 is %2&apos;s, not %3&apos;s.</source>
        <translation>%1 отчёту %2 өндүрүүчүсүнүкү, %3 өндүрүүчүсүнүкү эмес.</translation>
    </message>
    <message>
        <source>Payout %1: %2 paid to %3 for statement %4.</source>
        <translation>%1 төлөмү: %3 өндүрүүчүсүнө %4 отчёту боюнча %2 төлөндү.</translation>
    </message>
    <message>
        <source>Usage: ovopctl producer return PRODUCER --item CODE:QTY [--item CODE:QTY...] [--note TEXT] [--pdf FILE [--force]] [--json]
Gives unsold goods back to their producer: CODE is a SKU or a barcode, QTY how many; the first-expiring batches go first. The PDF is the document both sign.</source>
        <translation>Колдонуу: ovopctl producer return PRODUCER --item CODE:QTY [--item CODE:QTY...] [--note TEXT] [--pdf FILE [--force]] [--json]
Сатылбаган товарларды өндүрүүчүгө кайтарат: CODE — артикул же штрих-код, QTY — саны; жарактуулук мөөнөтү эң эрте бүтүүчү партиялар биринчи кетет. PDF — эки тарап тең кол коё турган документ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE:QTY, for example FLT-001:2.</source>
        <translation>«%1» CODE:QTY түрүндө эмес, мисалы FLT-001:2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>%1 коду менен товар жок.</translation>
    </message>
    <message>
        <source>Return %1 is recorded, but its document was not written: %2</source>
        <translation>%1 кайтаруусу жазылды, бирок анын документи сакталган жок: %2</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 to %2: %n line(s).</source>
        <translation>
            <numerusform>%2 өндүрүүчүсүнө %1 кайтаруусу: %n сап.</numerusform>
            <numerusform>%2 өндүрүүчүсүнө %1 кайтаруусу: %n сап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl producer commission PRODUCER [--category KEY (--rate PERCENT | --clear)] [--json]
Shows the producer&apos;s commission and its rates per category; sets a category&apos;s rate (25 or 12.5 for percent) or clears it so that the producer&apos;s rate applies.</source>
        <translation>Колдонуу: ovopctl producer commission PRODUCER [--category KEY (--rate PERCENT | --clear)] [--json]
Өндүрүүчүнүн комиссиясын жана категориялар боюнча ставкаларын көрсөтөт; категориянын ставкасын коет (пайыз менен 25 же 12.5) же аны алып салат, ошондо өндүрүүчүнүн ставкасы колдонулат.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: give a percentage from 0 to 100, such as 25 or 12.5.</source>
        <translation>«%1» — ставка эмес: 0дөн 100гө чейинки пайызды жазыңыз, мисалы 25 же 12.5.</translation>
    </message>
    <message>
        <source>%1 (%2): commission %3</source>
        <translation>%1 (%2): комиссия %3</translation>
    </message>
    <message>
        <source>Usage: ovopctl reorder [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en]</source>
        <translation>Колдонуу: ovopctl reorder [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en]</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>Минималдуу калдыгынан төмөн товар жок.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Калдык</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Буйрутуу</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Makes the statement of a consignment producer&apos;s sales and returns of the period (days of this computer&apos;s time zone) that are not on a statement yet. When every line of the period is on a statement of exactly that period already, shows that statement instead. The statement is in the shop&apos;s receipt language unless --lang is given.</source>
        <translation>Колдонуу: ovopctl %1
Консигнациядагы өндүрүүчүнүн мезгил ичиндеги (ушул компьютердин убакыт алкагы боюнча күндөр) отчётко кире элек сатууларынын жана кайтарууларынын отчётун түзөт. Эгер мезгилдин бардык саптары так ушул мезгилдин отчётуна кирип калган болсо, анын ордуна ошол отчётту көрсөтөт. --lang берилбесе, отчёт дүкөндүн чек тилинде түзүлөт.</translation>
    </message>
    <message>
        <source>Statement %1: %2 (%3), %4 to %5</source>
        <translation>%1 отчёту: %2 (%3), %4 – %5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>(returned)</source>
        <translation>(кайтарылган)</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>Сатылды: %1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Кайтарылды: %1</translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>Комиссия: %1</translation>
    </message>
    <message>
        <source>Owed: %1</source>
        <translation>Эсептелди: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Төлөндү: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Төлөнө турган: %1</translation>
    </message>
    <message>
        <source>Statement %1 written to %2.</source>
        <translation>%1 отчёту %2 файлына жазылды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«%1» — дата эмес: аны YYYY-MM-DD түрүндө жазыңыз.</translation>
    </message>
    <message>
        <source>Every line of this period is on statement %1 already.</source>
        <translation>Бул мезгилдин бардык саптары %1 отчётуна кирип калган.</translation>
    </message>
    <message>
        <source>No statements.</source>
        <translation>Отчёттор жок.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Эсептелди</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Төлөнө турган</translation>
    </message>
    <message>
        <source>Usage: ovopctl stock list [--low] [--expired] [--producer CODE] [--category KEY] [--search TEXT] [--json]
       ovopctl stock receive --producer CODE (--consignment | --purchase) --item CODE:QTY[:COST][@BATCH:EXPIRY]... [--document NUMBER] [--note TEXT] [--date YYYY-MM-DD] [--json]
       ovopctl stock adjust CODE QTY --reason damage|loss|sample|found|other [--note TEXT] [--batch B]
       ovopctl stock history CODE [--json]
       ovopctl stock min CODE QTY</source>
        <translation>Колдонуу: ovopctl stock list [--low] [--expired] [--producer CODE] [--category KEY] [--search TEXT] [--json]
       ovopctl stock receive --producer CODE (--consignment | --purchase) --item CODE:QTY[:COST][@BATCH:EXPIRY]... [--document NUMBER] [--note TEXT] [--date YYYY-MM-DD] [--json]
       ovopctl stock adjust CODE QTY --reason damage|loss|sample|found|other [--note TEXT] [--batch B]
       ovopctl stock history CODE [--json]
       ovopctl stock min CODE QTY</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Наркы</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>stock list</comment>
        <translation>Эскертмелер</translation>
    </message>
    <message>
        <source>low</source>
        <translation>минимумдан аз</translation>
    </message>
    <message>
        <source>expired batch</source>
        <translation>мөөнөтү өткөн партия</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>мөөнөтү жакында бүтөт</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s); stock value %1.</source>
        <translation>
            <numerusform>%n товар; калдыктын наркы %1.</numerusform>
            <numerusform>%n товар; калдыктын наркы %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item is CODE:QTY[:COST][@BATCH:EXPIRY], e.g. FLT-001:5:450 or HON-001:10@B7:2027-06-30: %1</source>
        <translation>Товар CODE:QTY[:COST][@BATCH:EXPIRY] түрүндө жазылат, мисалы FLT-001:5:450 же HON-001:10@B7:2027-06-30: %1</translation>
    </message>
    <message>
        <source>An expiry date is YYYY-MM-DD: %1</source>
        <translation>Жарактуулук мөөнөтү YYYY-MM-DD түрүндө жазылат: %1</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD: %1</source>
        <translation>--date үчүн YYYY-MM-DD түрүндөгү дата керек: %1</translation>
    </message>
    <message>
        <source>Unknown reason %1: use damage, loss, sample, found or other.</source>
        <translation>Белгисиз себеп %1: damage, loss, sample, found же other колдонуңуз.</translation>
    </message>
    <message>
        <source>No stock movements.</source>
        <translation>Товар кыймылы жок.</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Кыймыл</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертме</translation>
    </message>
    <message>
        <source>Minimum level of %1: %2.</source>
        <translation>%1 минималдуу калдыгы: %2.</translation>
    </message>
    <message>
        <source>category %1 (%2)</source>
        <translation>%1 категориясы (%2)</translation>
    </message>
    <message>
        <source>producer %1 (%2)</source>
        <translation>%1 өндүрүүчүсү (%2)</translation>
    </message>
    <message>
        <source>the whole shop</source>
        <translation>бүт дүкөн</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake start [--category KEY | --producer CODE]</source>
        <translation>Колдонуу: ovopctl stocktake start [--category KEY | --producer CODE]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 started: count with &quot;ovopctl stocktake count CODE QTY&quot;.</source>
        <translation>%1 инвентаризациясы башталды, камтыйт: %2. «ovopctl stocktake count CODE QTY» буйругу менен санаңыз.</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake count CODE QTY [--batch B]</source>
        <translation>Колдонуу: ovopctl stocktake count CODE QTY [--batch B]</translation>
    </message>
    <message>
        <source>%1 (%2): %3 counted so far.</source>
        <translation>%1 (%2): азырынча %3 саналды.</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake show [--json]</source>
        <translation>Колдонуу: ovopctl stocktake show [--json]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2, started %3 by %4.</source>
        <translation>%1 инвентаризациясы, камтыйт: %2; %3 башталган, колдонуучу: %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Эсеп боюнча</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>Саналгандан кийинки кыймыл</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>саналган жок</translation>
    </message>
    <message>
        <source>Gains %1, losses %2.</source>
        <translation>Ашыкча %1, жетишпестик %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) not counted yet: posting counts them as zero.</source>
        <translation>
            <numerusform>%n товар азырынча саналган жок: бекиткенде алардын саны нөл деп эсептелет.</numerusform>
            <numerusform>%n товар азырынча саналган жок: бекиткенде алардын саны нөл деп эсептелет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods sold or received after a product was first counted are allowed for (&quot;moved since&quot;).</source>
        <translation>Товар биринчи жолу саналгандан кийин сатылганы же кабыл алынганы эске алынат («Саналгандан кийинки кыймыл» тилкеси).</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake post</source>
        <translation>Колдонуу: ovopctl stocktake post</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %n correction(s), worth %2.</source>
        <translation>
            <numerusform>%1 инвентаризациясы бекитилди: %n оңдоо, суммасы %2.</numerusform>
            <numerusform>%1 инвентаризациясы бекитилди: %n оңдоо, суммасы %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake cancel</source>
        <translation>Колдонуу: ovopctl stocktake cancel</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled: nothing was posted.</source>
        <translation>%1 инвентаризациясы жокко чыгарылды: эч нерсе бекитилген жок.</translation>
    </message>
    <message>
        <source>Write each line as CODE:QTY, e.g. FLT-001:3: %1</source>
        <translation>Ар бир сапты CODE:QTY түрүндө жазыңыз, мисалы FLT-001:3: %1</translation>
    </message>
    <message>
        <source>The quantity must be more than zero: %1</source>
        <translation>Саны нөлдөн көп болушу керек: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жөнөтүлдү</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer out --to SHOP --item CODE:QTY... --out FILE [--json]</source>
        <translation>Колдонуу: ovopctl transfer out --to SHOP --item CODE:QTY... --out FILE [--json]</translation>
    </message>
    <message>
        <source>Transfer %1 to %2: the goods left the stock; give the file %3 to the receiving shop.</source>
        <translation>%1 жылдыруусу %2 дүкөнүнө: товар калдыктан чыгарылды; %3 файлын кабыл алуучу дүкөнгө бериңиз.</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer in FILE [--received CODE:QTY...] [--confirmation FILE] [--json]</source>
        <translation>Колдонуу: ovopctl transfer in FILE [--received CODE:QTY...] [--confirmation FILE] [--json]</translation>
    </message>
    <message>
        <source>--received is for a transfer file; this is a confirmation.</source>
        <translation>--received жылдыруу файлы үчүн; бул болсо ырастоо.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 received (%3).</source>
        <translation>%2 дүкөнүнөн %1 жылдыруусу кабыл алынды (%3).</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3.</source>
        <translation>%1 дүкөнү %2 жылдыруусун ырастады: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 was already received: nothing changed.</source>
        <translation>%1 жылдыруусу буга чейин кабыл алынган: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded: nothing changed.</source>
        <translation>%1 жылдыруусунун ырастоосу буга чейин жазылган: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Confirmation written to %1: give it to %2.</source>
        <translation>Ырастоо %1 файлына жазылды: аны %2 дүкөнүнө бериңиз.</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer list [--json]</source>
        <translation>Колдонуу: ovopctl transfer list [--json]</translation>
    </message>
    <message>
        <source>No transfers yet.</source>
        <translation>Азырынча жылдыруулар жок.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Quantity sent</source>
        <translation>Жөнөтүлгөн саны</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Айырмалар</translation>
    </message>
    <message>
        <source>out</source>
        <translation>чыгуучу</translation>
    </message>
    <message>
        <source>in</source>
        <translation>кирүүчү</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n сап %1 файлына жазылды.</numerusform>
            <numerusform>%n сап %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a report row</comment>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1 less %2 returned: %3</source>
        <translation>
            <numerusform>%n сатуу, %1, кайтарылганы %2 чегерилгенде: %3</numerusform>
            <numerusform>%n сатуу, %1, кайтарылганы %2 чегерилгенде: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товарлар</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in stock, worth %1 (of it %2 on consignment).</source>
        <translation>
            <numerusform>Калдыкта %n товар, наркы %1 (анын ичинен консигнацияда %2).</numerusform>
            <numerusform>Калдыкта %n товар, наркы %1 (анын ичинен консигнацияда %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Сатылган</translation>
    </message>
    <message>
        <source>Owed to producers: %1; paid in the period: %2.</source>
        <translation>Өндүрүүчүлөргө эсептелди: %1; мезгил ичинде төлөндү: %2.</translation>
    </message>
    <message>
        <source>Sales less returns: %1</source>
        <translation>Кайтаруулар чегерилген сатуулар: %1</translation>
    </message>
    <message>
        <source>Paid to producers: %1; owed to them: %2</source>
        <translation>Өндүрүүчүлөргө төлөндү: %1; аларга тиешелүү: %2</translation>
    </message>
    <message>
        <source>Producers reached: %1 in %2 village(s) of %3 oblast(s)</source>
        <translation>Камтылган өндүрүүчүлөр: %1, %2 айылда, %3 облуста</translation>
    </message>
    <message>
        <source>Women-led producers: %1 of the sales; women members: %2</source>
        <translation>Аялдар жетектеген өндүрүүчүлөр: сатуулардын %1; мүчөлөрдүн ичинен аялдар: %2</translation>
    </message>
    <message>
        <source>Working-conditions visit current: %1 of the sales</source>
        <translation>Эмгек шарттарын текшерүү сапары өз убагында: сатуулардын %1</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Айылдар</translation>
    </message>
    <message>
        <source>Visit overdue:</source>
        <translation>Сапардын мөөнөтү өткөн:</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Отчёт %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>%1 (return of %2)</source>
        <translation>%1 (%2 боюнча кайтаруу)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown: the newest %1 are listed (--limit).</source>
        <translation>
            <numerusform>Дагы %n көрсөтүлгөн жок: акыркы %1 тизмеленди (--limit).</numerusform>
            <numerusform>Дагы %n көрсөтүлгөн жок: акыркы %1 тизмеленди (--limit).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of rows.</source>
        <translation>«%1» — саптардын саны эмес.</translation>
    </message>
    <message>
        <source>Made again from the ledger: %1.</source>
        <translation>Журнал боюнча кайра эсептелди: %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — файл эмес.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 окулбайт: %2</translation>
    </message>
    <message>
        <source>%1 is not a shop database: it is not an SQLite file.</source>
        <translation>%1 — дүкөндүн маалымат базасы эмес: бул SQLite файлы эмес.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used. Restore it from a backup (ovopctl restore FILE).</source>
        <translation>%1 бузулган, аны колдонууга болбойт. Аны камдык көчүрмөдөн калыбына келтириңиз (ovopctl restore FILE).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a shop database.</source>
        <translation>%1 — дүкөндүн эмес, башка программанын SQLite маалымат базасы.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this application (data version %2; this version understands up to %3). Install the newer version to open it.</source>
        <translation>%1 бул колдонмонун жаңыраак версиясы менен жазылган (маалымат версиясы %2; бул версия %3 чейин гана түшүнөт). Аны ачуу үчүн жаңыраак версияны орнотуңуз.</translation>
    </message>
    <message>
        <source>There is no shop database at %1. Create one with &quot;ovopctl init&quot;.</source>
        <translation>%1 жеринде дүкөндүн маалымат базасы жок. Аны «ovopctl init» менен түзүңүз.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 папкасын түзүү мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to data version %1 (%2); it was left as it was.</source>
        <translation>Маалымат базасын %1 маалымат версиясына (%2) жаңыртуу мүмкүн болгон жок; ал мурункудай калды.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that holds it exclusively (a restore, perhaps). Nothing was changed; try again when it has finished.</source>
        <translation>%1 башка программа тарабынан толугу менен ээленип турат (балким, калыбына келтирүү жүрүп жатат). Эч нерсе өзгөргөн жок; ал бүткөндөн кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be read: this user may not open the file or its folder.</source>
        <translation>%1 окулбайт: бул колдонуучуга файлды же анын папкасын ачууга уруксат жок.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. %2</source>
        <translation>%1 маалымат базасын ачуу мүмкүн эмес. %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only for this user, and the shop application must write to it. Ask whoever looks after this computer to allow writing to the file and its folder.</source>
        <translation>%1 маалымат базасы бул колдонуучу үчүн окуу үчүн гана ачык, ал эми дүкөн колдонмосу ага жазышы керек. Бул компьютерди тейлеген адамдан файлга жана анын папкасына жазууга уруксат берүүнү сураңыз.</translation>
    </message>
    <message>
        <source>The audit log of %1 is no longer protected: %2 Nothing can be done with this database until an administrator runs &quot;ovopctl check --repair&quot;.</source>
        <translation>%1 маалымат базасынын аудит журналы мындан ары корголгон эмес: %2 Администратор «ovopctl check --repair» буйругун аткармайынча, бул маалымат базасы менен эч нерсе кылууга болбойт.</translation>
    </message>
    <message>
        <source>The upgrade would leave records that refer to records that do not exist.</source>
        <translation>Жаңыртуудан кийин жок жазууларга шилтеме кылган жазуулар калмак.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>This database already has products; the demo catalogue goes into an empty catalogue only.</source>
        <translation>Бул маалымат базасында товарлар мурунтан эле бар; демо каталог бош каталогго гана жүктөлөт.</translation>
    </message>
    <message>
        <source>The demo catalogue is missing from this build.</source>
        <translation>Бул түзүлүштө демо каталог жок.</translation>
    </message>
    <message>
        <source>The demo catalogue is damaged.</source>
        <translation>Демо каталог бузулган.</translation>
    </message>
    <message>
        <source>The demo catalogue could not be stored.</source>
        <translation>Демо каталогду сактоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Opening stock from %1</source>
        <translation>%1 баштапкы калдыгы</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The demo history needs the demo catalogue.</source>
        <translation>Демо тарыхы үчүн демо каталогу керек.</translation>
    </message>
    <message>
        <source>Delivered for the month&apos;s sales</source>
        <translation>Айдын сатуулары үчүн жеткирилди</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>This database already has users; the demo shop goes into a new database only.</source>
        <translation>Бул маалымат базасында колдонуучулар мурунтан эле бар; демо дүкөн жаңы маалымат базасына гана түзүлөт.</translation>
    </message>
    <message>
        <source>Water for the shop</source>
        <translation>Дүкөн үчүн суу</translation>
    </message>
</context>
<context>
    <name>Elqr</name>
    <message>
        <source>The ELQR link ends in the middle of a field: &quot;%1&quot; is not a whole id and length.</source>
        <translation>ELQR шилтемеси талаанын ортосунда бүтөт: «%1» толук идентификатор жана узундук эмес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ELQR field id: every field starts with two digits.</source>
        <translation>«%1» — ELQR талаасынын идентификатору эмес: ар бир талаа эки сандан башталат.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in ELQR field %2 is not a sub-field id: every sub-field starts with two digits.</source>
        <translation>ELQR %2-талаасындагы «%1» — ички талаанын идентификатору эмес: ар бир ички талаа эки сандан башталат.</translation>
    </message>
    <message>
        <source>The length of ELQR field %1 is not two digits: &quot;%2&quot;.</source>
        <translation>ELQR %1-талаасынын узундугу эки сан эмес: «%2».</translation>
    </message>
    <message>
        <source>ELQR field %1 is cut short: its length says %2 characters, only %3 follow.</source>
        <translation>ELQR %1-талаасы кесилген: узундугу боюнча %2 белги болушу керек, бирок андан кийин %3 гана бар.</translation>
    </message>
    <message>
        <source>This is not an ELQR link: it has no &apos;#&apos; before the payment fields.</source>
        <translation>Бул ELQR шилтемеси эмес: төлөм талааларынын алдында «#» жок.</translation>
    </message>
    <message>
        <source>The ELQR link has no payment fields after &apos;#&apos;.</source>
        <translation>ELQR шилтемесинде «#» белгисинен кийин төлөм талаалары жок.</translation>
    </message>
    <message>
        <source>ELQR field %1 appears more than once.</source>
        <translation>ELQR %1-талаасы бир нече жолу кездешет.</translation>
    </message>
    <message>
        <source>The ELQR link has no field %1.</source>
        <translation>ELQR шилтемесинде %1-талаа жок.</translation>
    </message>
    <message>
        <source>The ELQR link has neither field %1 nor field %2.</source>
        <translation>ELQR шилтемесинде %1-талаа да, %2-талаа да жок.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 01, not &quot;%2&quot;.</source>
        <translation>ELQR %1-талаасы «%2» эмес, 01 болушу керек.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 11 (static) or 12 (dynamic), not &quot;%2&quot;.</source>
        <translation>ELQR %1-талаасы «%2» эмес, 11 (статикалык) же 12 (динамикалык) болушу керек.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 417 (som), not &quot;%2&quot;.</source>
        <translation>ELQR %1-талаасы «%2» эмес, 417 (сом) болушу керек.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be a whole number of tyiyn in digits, not &quot;%2&quot;.</source>
        <translation>ELQR %1-талаасы «%2» эмес, цифралар менен жазылган тыйындардын бүтүн саны болушу керек.</translation>
    </message>
    <message>
        <source>ELQR field %1 is too long: %2 characters, at most %3.</source>
        <translation>ELQR %1-талаасы өтө узун: %2 белги, эң көп %3.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be four hex digits, not &quot;%2&quot;.</source>
        <translation>ELQR %1-талаасы «%2» эмес, төрт он алтылык цифра болушу керек.</translation>
    </message>
    <message>
        <source>The ELQR checksum (field 63) does not match the other fields: the link says %1, they give %2. The link was changed or copied wrongly.</source>
        <translation>ELQR текшерүү суммасы (63-талаа) башка талаалар менен дал келбейт: шилтемеде %1, талаалар боюнча %2 чыгат. Шилтеме өзгөртүлгөн же туура эмес көчүрүлгөн.</translation>
    </message>
    <message>
        <source>provider id</source>
        <translation>провайдердин идентификатору</translation>
    </message>
    <message>
        <source>service code</source>
        <translation>кызматтын коду</translation>
    </message>
    <message>
        <source>recipient id</source>
        <translation>алуучунун идентификатору</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>транзакциянын идентификатору</translation>
    </message>
    <message>
        <source>amount editable</source>
        <translation>сумманы өзгөртүүгө болот</translation>
    </message>
    <message>
        <source>recipient editable</source>
        <translation>алуучуну өзгөртүүгө болот</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>форматтын версиясы</translation>
    </message>
    <message>
        <source>type</source>
        <translation>түрү</translation>
    </message>
    <message>
        <source>service</source>
        <translation>кызмат</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>сатуучу</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>merchant category code</source>
        <translation>сатуучунун категориясынын коду</translation>
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
        <translation>провайдердин аталышы</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>текшерүү суммасы</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>%1-талаа</translation>
    </message>
    <message>
        <source>The amount of a QR payment must be above zero.</source>
        <translation>QR төлөмдүн суммасы нөлдөн жогору болушу керек.</translation>
    </message>
    <message>
        <source>A QR payment needs the receipt number.</source>
        <translation>QR төлөм үчүн чектин номери керек.</translation>
    </message>
    <message>
        <source>The receipt number is too long for an ELQR link: %1 characters, at most %2.</source>
        <translation>Чектин номери ELQR шилтемеси үчүн өтө узун: %1 белги, эң көп %2.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>%1 is a file of the shop database itself (%2), not a file to read from. Choose another file.</source>
        <translation>%1 — дүкөндүн маалымат базасынын өзүнүн файлы (%2), андан маалымат окулбайт. Башка файл тандаңыз.</translation>
    </message>
    <message>
        <source>%1 is a file of the shop database (%2) or of its backups; it is never written over. Choose another file name or folder.</source>
        <translation>%1 — дүкөндүн маалымат базасынын (%2) же анын камдык көчүрмөлөрүнүн файлы; анын үстүнө эч качан жазылбайт. Башка файл атын же папканы тандаңыз.</translation>
    </message>
</context>
<context>
    <name>FiscalService</name>
    <message>
        <source>Only sales and returns are sent to the fiscal register.</source>
        <translation>Фискалдык регистраторго сатуулар жана кайтаруулар гана жөнөтүлөт.</translation>
    </message>
    <message>
        <source>The receipt cannot be sent to the fiscal register before the sale is saved.</source>
        <translation>Сатуу сакталганга чейин чекти фискалдык регистраторго жөнөтүүгө болбойт.</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>Чек табылган жок.</translation>
    </message>
</context>
<context>
    <name>GroupSalesReport</name>
    <message>
        <source>Ask for 1 to %1 sales and returns, not %2.</source>
        <translation>%2 эмес, 1ден %1ге чейин сатуу жана кайтарууну көрсөтүңүз.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>OVOP shop</source>
        <translation>OVOP дүкөнү</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not known. Use ky, ru or en.</source>
        <translation>«%1» тили белгисиз. ky, ru же en колдонуңуз.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>New: %1, changed: %2, unchanged: %3.</source>
        <translation>Жаңы: %1, өзгөргөн: %2, өзгөрбөгөн: %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Эскертүү: %1</translation>
    </message>
    <message>
        <source>  line %1, %2: new</source>
        <translation>  %1-сап, %2: жаңы</translation>
    </message>
    <message>
        <source>  line %1, %2: changes %3</source>
        <translation>  %1-сап, %2: өзгөрүүлөр %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n көйгөй:</numerusform>
            <numerusform>%n көйгөй:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>%1-сап, %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Сыноо режими: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Everything in the file is already there: nothing was changed.</source>
        <translation>Файлдагынын баары мурунтан эле бар: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Импорттолду: %1 жаңы, %2 өзгөргөн, %3 өзгөрбөгөн.</translation>
    </message>
    <message numerus="yes">
        <source>File %1: %2, delimiter &quot;%3&quot;, %n row(s).</source>
        <translation>
            <numerusform>%1 файлы: %2, бөлгүч «%3», %n сап.</numerusform>
            <numerusform>%1 файлы: %2, бөлгүч «%3», %n сап.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-сап: %2</translation>
    </message>
    <message>
        <source>With problems: %1.</source>
        <translation>Көйгөйлүү: %1.</translation>
    </message>
</context>
<context>
    <name>ImportRowReport</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>%1-сап (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Эч нерсе импорттолгон жок: %n сапта көйгөй бар.</numerusform>
            <numerusform>Эч нерсе импорттолгон жок: %n сапта көйгөй бар.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>The database %1 is already open in %2 (process %3 on computer %4). Close it there first, or continue in that window.</source>
        <translation>%1 маалымат базасы %2 ичинде ачык турат (%4 компьютериндеги %3 процесси). Адегенде аны ошол жерде жабыңыз же ошол терезеде уланта бериңиз.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>башка программа</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <source>The database %1 is already open in another program. Close it there first.</source>
        <translation>%1 маалымат базасы башка программада ачык турат. Адегенде аны ошол жерде жабыңыз.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created: there is no permission to write in that folder.</source>
        <translation>%1 бөгөт файлын түзүү мүмкүн эмес: ал папкага жазууга уруксат жок.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>%1 бөгөт файлын түзүү мүмкүн эмес.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The database file is damaged and cannot be checked: %1 Restore it from a backup.</source>
        <translation>Маалымат базасынын файлы бузулган, аны текшерүү мүмкүн эмес: %1 Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from a backup.</source>
        <translation>Маалымат базасынын файлы бузулган: %1. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: %1</source>
        <translation>Жазуулардын ортосундагы байланыштарды текшерүү мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>Record %1 of table %2 refers to a record of table %3 that does not exist.</source>
        <translation>%2 таблицасынын %1-жазуусу %3 таблицасынын жок жазуусуна шилтеме кылат.</translation>
    </message>
    <message>
        <source>The stock levels cannot be compared with the ledger: %1</source>
        <translation>Калдыктарды кыймылдар журналы менен салыштырууга болбойт: %1</translation>
    </message>
    <message>
        <source>The Z reports cannot be compared with their shifts: %1</source>
        <translation>Z-отчётторду өз сменалары менен салыштырууга болбойт: %1</translation>
    </message>
    <message>
        <source>The stock movements&apos; documents cannot be checked: %1</source>
        <translation>Товар кыймылдарынын документтерин текшерүү мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports cannot be compared with the ledger: %1</source>
        <translation>Отчёттор үчүн сакталган сатуу жыйынтыктарын журнал менен салыштырууга болбойт: %1</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports cannot be compared with the ledger: %1</source>
        <translation>Отчёттор үчүн сакталган өндүрүүчүлөр менен эсептешүүнү журнал менен салыштырууга болбойт: %1</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports cannot be compared with the ledger: %1</source>
        <translation>Отчёттор үчүн сакталган товарлардын сатуулары журнал менен салыштырылбайт: %1</translation>
    </message>
</context>
<context>
    <name>LabelRenderer</name>
    <message>
        <source>Label %1</source>
        <translation>%1-этикетка</translation>
    </message>
    <message>
        <source>Label %1 (%2)</source>
        <translation>%1-этикетка (%2)</translation>
    </message>
    <message>
        <source>The product has no name in the chosen language.</source>
        <translation>Товардын тандалган тилде аталышы жок.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; is too long to print on a label: give the product an in-store barcode.</source>
        <translation>«%1» штрих-коду этикеткага басуу үчүн өтө узун: товарга дүкөндүн ички штрих-кодун бериңиз.</translation>
    </message>
    <message>
        <source>The product code &quot;%1&quot; is too long for the QR code of a label: use a shorter code.</source>
        <translation>«%1» товар коду этикетканын QR-коду үчүн өтө узун: кыскараак код колдонуңуз.</translation>
    </message>
    <message>
        <source>There are no labels to print: choose at least one product.</source>
        <translation>Басып чыгарууга этикетка жок: жок дегенде бир товар тандаңыз.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and %1.</source>
        <translation>Нускалардын саны 1ден %1ге чейин болушу керек.</translation>
    </message>
    <message>
        <source>The number of used labels to skip must be between 0 and %1.</source>
        <translation>Өткөрүп жиберилүүчү колдонулган этикеткалардын саны 0дөн %1ге чейин болушу керек.</translation>
    </message>
    <message>
        <source>Price labels</source>
        <translation>Баа этикеткалары</translation>
    </message>
    <message>
        <source>The preview resolution must be between 50 and 1200 dots per inch.</source>
        <translation>Алдын ала көрүүнүн тактыгы дюймга 50дөн 1200 чекитке чейин болушу керек.</translation>
    </message>
    <message>
        <source>Label 58 x 40 mm</source>
        <translation>58 x 40 мм этикетка</translation>
    </message>
    <message>
        <source>The printer does not take pages of %1: choose another printer or paper.</source>
        <translation>Принтер %1 өлчөмүндөгү барактарды кабыл албайт: башка принтер же кагаз тандаңыз.</translation>
    </message>
    <message>
        <source>Could not start printing the labels: check that the printer is ready.</source>
        <translation>Этикеткаларды басып чыгарууну баштоо мүмкүн болгон жок: принтер даяр экенин текшериңиз.</translation>
    </message>
    <message>
        <source>Could not start a new page: check the printer.</source>
        <translation>Жаңы баракты баштоо мүмкүн болгон жок: принтерди текшериңиз.</translation>
    </message>
    <message>
        <source>Could not finish printing the labels: check the printer.</source>
        <translation>Этикеткаларды басып чыгарууну аягына чыгаруу мүмкүн болгон жок: принтерди текшериңиз.</translation>
    </message>
</context>
<context>
    <name>LinearBarcode</name>
    <message>
        <source>The product has no barcode: give it one (or an in-store code) before printing its label.</source>
        <translation>Товардын штрих-коду жок: этикеткасын басып чыгаруудан мурун ага штрих-код (же дүкөндүн ички кодун) бериңиз.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; has %2 digits: a barcode of digits must be an EAN-13 (13 digits), EAN-8 (8 digits) or UPC-A (12 digits).</source>
        <translation>«%1» штрих-кодунда %2 сан бар: сандардан турган штрих-код EAN-13 (13 сан), EAN-8 (8 сан) же UPC-A (12 сан) болушу керек.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; has a wrong check digit (%2, it should be %3): check the number printed on the product.</source>
        <translation>«%1» штрих-кодунун текшерүү саны туура эмес (%2, %3 болушу керек): товарга басылган санды текшериңиз.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; contains &quot;%2&quot;: a barcode may hold only digits, Latin letters and signs, without spaces.</source>
        <translation>«%1» штрих-кодунда «%2» бар: штрих-кодто сандар, латын тамгалары жана белгилер гана, боштуксуз болушу мүмкүн.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; is too long to print on a label (at most %2 characters): give the product an in-store barcode.</source>
        <translation>«%1» штрих-коду этикеткага басуу үчүн өтө узун (эң көп %2 белги): товарга дүкөндүн ички штрих-кодун бериңиз.</translation>
    </message>
    <message>
        <source>Could not draw the barcode &quot;%1&quot;: out of memory.</source>
        <translation>«%1» штрих-кодун тартуу мүмкүн болгон жок: эс тутум жетишпейт.</translation>
    </message>
    <message>
        <source>Could not draw the barcode &quot;%1&quot;.</source>
        <translation>«%1» штрих-кодун тартуу мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>MinLevels</name>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар табылган жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>The minimum level cannot be less than zero.</source>
        <translation>Минималдуу калдык нөлдөн аз боло албайт.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 бүтүн даана менен эсептелет: бүтүн сан жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Сумманы жазыңыз.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (tyiyn): &quot;%1&quot;.</source>
        <translation>Суммада үтүрдөн кийин эң көп эки сан (тыйын) болот: «%1».</translation>
    </message>
    <message>
        <source>The amount cannot be negative: &quot;%1&quot;.</source>
        <translation>Сумма терс болушу мүмкүн эмес: «%1».</translation>
    </message>
    <message>
        <source>The amount is too large: &quot;%1&quot;.</source>
        <translation>Сумма өтө чоң: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Write it like 1234,50 or 1234.50.</source>
        <translation>«%1» — акчанын суммасы эмес. Аны 1234,50 же 1234.50 түрүндө жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>add users, disable or enable them, reset PINs</source>
        <translation>колдонуучуларды кошуу, өчүрүү же иштетүү, PIN-коддорду алмаштыруу</translation>
    </message>
    <message>
        <source>who did what and when, and a check that no entry was altered</source>
        <translation>ким эмне кылды жана качан, ошондой эле эч бир жазуу өзгөртүлбөгөнүн текшерүү</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товарлар</translation>
    </message>
    <message>
        <source>find products by barcode, SKU or name, see prices and stock, print labels</source>
        <translation>товарларды штрих-код, артикул же аталыш боюнча табуу, бааларды жана калдыкты көрүү, этикеткаларды басып чыгаруу</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>the producers, their villages and due-diligence record, overdue working-conditions visits</source>
        <translation>өндүрүүчүлөр, алардын айылдары жана тиешелүү текшерүү маалыматы, мөөнөтү өткөн эмгек шарттарын текшерүү сапарлары</translation>
    </message>
    <message>
        <source>shop code, name, address, device, receipt header, tax profile and villages</source>
        <translation>дүкөндүн коду, аталышы, дареги, түзмөк, чектин башы, салык профили жана айылдар</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Сатуу</translation>
    </message>
    <message>
        <source>the till: scan goods, take cash, card or QR payments, park and recall carts</source>
        <translation>касса: товарларды сканерлөө, накталай, карта же QR менен төлөм кабыл алуу, чектерди кийинкиге калтыруу жана кайра ачуу</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>open and close the shift, cash in and out, X and Z reports, returns, the fiscal register</source>
        <translation>сменаны ачуу жана жабуу, кассага накталай салуу жана алуу, X жана Z-отчёттор, кайтаруулар, фискалдык регистратор</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Төлөмдөр</translation>
    </message>
    <message>
        <source>statements of what sold for consignment producers, paying them, goods given back to them</source>
        <translation>консигнациядагы өндүрүүчүлөр үчүн сатуу отчёттору, аларга төлөө, аларга товар кайтаруу</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Калдыктар</translation>
    </message>
    <message>
        <source>stock on hand and its value, deliveries from producers, corrections, minimum levels and the reorder list</source>
        <translation>калдыктар жана алардын наркы, өндүрүүчүлөрдөн жеткирүүлөр, оңдоолор, минималдуу калдыктар жана буйрутма тизмеси</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>count the goods on the shelves by scanning them, see the differences, post the count</source>
        <translation>текчелердеги товарларды сканерлеп саноо, айырмаларды көрүү, инвентаризацияны бекитүү</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Жылдыруулар</translation>
    </message>
    <message>
        <source>send goods to another shop of the network with a file, receive goods sent here</source>
        <translation>тармактын башка дүкөнүнө товарды файл менен жөнөтүү, бул жакка жөнөтүлгөн товарды кабыл алуу</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёттор</translation>
    </message>
    <message>
        <source>the dashboard: sales over time, by category, oblast, producer and payment method, stock value; the reports as tables, PDF, CSV or on paper</source>
        <translation>панель: убакыт, категория, облус, өндүрүүчү жана төлөм ыкмасы боюнча сатуулар, калдыктардын наркы; отчёттор таблица, PDF, CSV же кагаз түрүндө</translation>
    </message>
</context>
<context>
    <name>PayoutService</name>
    <message>
        <source>Give the bank transfer&apos;s reference, as the bank&apos;s receipt shows it.</source>
        <translation>Банк которуусунун операция номерин банктын чегинде көрсөтүлгөндөй жазыңыз.</translation>
    </message>
    <message>
        <source>Give the wallet transfer&apos;s reference, as the wallet&apos;s receipt shows it.</source>
        <translation>Капчык которуусунун операция номерин капчыктын чегинде көрсөтүлгөндөй жазыңыз.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters; shorten it.</source>
        <translation>Операциянын номери %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>Statement %1 was paid already with payout %2 (%3): it cannot be paid twice.</source>
        <translation>%1 отчёту боюнча буга чейин төлөнгөн (%2 төлөмү, %3): эки жолу төлөөгө болбойт.</translation>
    </message>
    <message>
        <source>Statement %1 owes %2 nothing: there is nothing to pay.</source>
        <translation>%1 отчёту боюнча %2 өндүрүүчүсүнө эч нерсе тиешелүү эмес: төлөй турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>On statement %1 the returns outweigh the sales: %2 owes the shop %3, there is nothing to pay.</source>
        <translation>%1 отчёту боюнча кайтаруулар сатуулардан көп: %2 өндүрүүчүсү дүкөнгө %3 карыз, төлөй турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>A cash payout comes out of the drawer: open a shift on this till first, or pay by bank or wallet.</source>
        <translation>Накталай төлөм кассадан алынат: адегенде бул кассада смена ачыңыз же банк же капчык аркылуу төлөңүз.</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer: %2 for %3 cannot be paid in cash.</source>
        <translation>Кассада %1 гана болушу керек: %3 өндүрүүчүсүнө %2 накталай төлөөгө болбойт.</translation>
    </message>
    <message>
        <source>Payout %1 to %2 for statement %3</source>
        <translation>%2 өндүрүүчүсүнө %3 отчёту боюнча %1 төлөмү</translation>
    </message>
</context>
<context>
    <name>PlaceService</name>
    <message>
        <source>Enter the village&apos;s name in at least one language.</source>
        <translation>Айылдын аталышын жок дегенде бир тилде жазыңыз.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Аталышы %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>Choose the oblast of the village.</source>
        <translation>Айылдын облусун тандаңыз.</translation>
    </message>
    <message>
        <source>The chosen district is not in the list.</source>
        <translation>Тандалган район тизмеде жок.</translation>
    </message>
    <message>
        <source>The chosen district is not in the chosen oblast. Choose them again.</source>
        <translation>Тандалган район тандалган облуста эмес. Аларды кайра тандаңыз.</translation>
    </message>
    <message>
        <source>There is already a village named %1 in this district.</source>
        <translation>Бул райондо %1 деген айыл мурунтан эле бар.</translation>
    </message>
    <message>
        <source>The village was not found; it may have been removed. Nothing was saved.</source>
        <translation>Айыл табылган жок; ал өчүрүлгөн болушу мүмкүн. Эч нерсе сакталган жок.</translation>
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
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Түзүлгөн күнү</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Төлөм реквизиттери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
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
        <translation>Саны</translation>
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
        <translation>кайтарылган</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Сатылган</translation>
    </message>
    <message>
        <source>Returned by customers</source>
        <translation>Сатып алуучулар кайтарган</translation>
    </message>
    <message>
        <source>Shop&apos;s commission</source>
        <translation>Дүкөндүн комиссиясы</translation>
    </message>
    <message>
        <source>Owed to the producer</source>
        <translation>Өндүрүүчүгө тиешелүү</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Төлөнө турган</translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation>Дүкөн тарабынан</translation>
    </message>
    <message>
        <source>The producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Goods returned to the producer %1</source>
        <translation>%1 өндүрүүчүсүнө кайтарылган товарлар</translation>
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
        <translation>Дүкөн тарабынан тапшырды</translation>
    </message>
    <message>
        <source>Received by the producer</source>
        <translation>Өндүрүүчү кабыл алды</translation>
    </message>
</context>
<context>
    <name>ProducerDocumentRenderer</name>
    <message>
        <source>Could not write the document.</source>
        <translation>Документти жазуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>Принтер тандалган жок.</translation>
    </message>
</context>
<context>
    <name>ProducerImport</name>
    <message>
        <source>&quot;%1&quot; is not a number of people. Write a whole number such as 12.</source>
        <translation>«%1» — адамдардын саны эмес. 12 сыяктуу бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use individual, group or cooperative.</source>
        <translation>Белгисиз түр «%1». individual, group же cooperative колдонуңуз.</translation>
    </message>
    <message>
        <source>Unknown terms &quot;%1&quot;. Use consignment or purchase.</source>
        <translation>Белгисиз шарттар «%1». consignment же purchase колдонуңуз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commission. Write a percentage from 0 to 100, such as 25 or 12,5.</source>
        <translation>«%1» — комиссия эмес. 0дөн 100гө чейинки пайызды жазыңыз, мисалы 25 же 12,5.</translation>
    </message>
    <message>
        <source>Unknown village &quot;%1&quot;. Add it in Settings → Villages first, or write the name as it is there.</source>
        <translation>Белгисиз айыл «%1». Адегенде аны Жөндөөлөр → Айылдар бөлүмүнө кошуңуз же аталышын ал жактагыдай жазыңыз.</translation>
    </message>
    <message>
        <source>Several villages are called &quot;%1&quot;: %2. Add a district column, or write the village id.</source>
        <translation>Бир нече айыл «%1» деп аталат: %2. Район мамычасын кошуңуз же айылдын идентификаторун жазыңыз.</translation>
    </message>
    <message>
        <source>The file %1 has a header row but no producers. Nothing was imported.</source>
        <translation>%1 файлында баш сап бар, бирок өндүрүүчүлөр жок. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>These columns are not used and were left out: %1.</source>
        <translation>Бул мамычалар колдонулбайт жана эске алынган жок: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Импорт токтотулду. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 has %n problem(s): nothing was imported. Correct the rows listed and import the file again.</source>
        <translation>
            <numerusform>%1 файлында %n көйгөй бар: эч нерсе импорттолгон жок. Көрсөтүлгөн саптарды оңдоп, файлды кайра импорттоңуз.</numerusform>
            <numerusform>%1 файлында %n көйгөй бар: эч нерсе импорттолгон жок. Көрсөтүлгөн саптарды оңдоп, файлды кайра импорттоңуз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerKinds</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Кооператив</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Жеке</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Сатып алуу</translation>
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
        <translation>Өндүрүүчүгө эмне кайтарыларын тандаңыз: жок дегенде бир сап.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>Эскертме %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>The producer was not found.</source>
        <translation>Өндүрүүчү табылган жок.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар табылган жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>%1 is not made by %2: only the producer&apos;s own goods go back to it.</source>
        <translation>%1 товарын %2 өндүрүүчүсү жасаган эмес: өндүрүүчүгө өзүнүн товарлары гана кайтарылат.</translation>
    </message>
    <message>
        <source>None of %1 is on hand: nothing can go back.</source>
        <translation>%1 калдыкта жок: кайтара турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is on hand: %3 cannot go back.</source>
        <translation>%2: калдыкта %1 гана бар, %3 кайтарууга болбойт.</translation>
    </message>
    <message>
        <source>There is no return to a producer %1.</source>
        <translation>Өндүрүүчүгө %1 кайтаруусу жок.</translation>
    </message>
</context>
<context>
    <name>ProducerRollup</name>
    <message>
        <source>More differences between the producers&apos; money kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>Отчёттор үчүн сакталган өндүрүүчүлөр менен эсептешүү менен журналдын калган айырмалары көрсөтүлгөн жок; жыйынтыктарды кайра эсептеңиз.</translation>
    </message>
    <message>
        <source>day %1, shop %2, producer %3, statement &quot;%4&quot;</source>
        <translation>күн %1, дүкөн %2, өндүрүүчү %3, отчёт «%4»</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports is missing or differs from the ledger at %1.</source>
        <translation>Отчёттор үчүн өндүрүүчүлөр менен эсептешүү жок же журналдан айырмаланат: %1.</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports has a row the ledger does not give at %1.</source>
        <translation>Отчёттор үчүн өндүрүүчүлөр менен эсептешүүдө журналда жок сап бар: %1.</translation>
    </message>
</context>
<context>
    <name>ProducerService</name>
    <message>
        <source>The code %1 is also on line %2 of the file.</source>
        <translation>%1 коду файлдын %2-сабында да бар.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1.</source>
        <translation>%1 коду менен өндүрүүчү жок.</translation>
    </message>
    <message>
        <source>The producer was not found; it may have been removed.</source>
        <translation>Өндүрүүчү табылган жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>Enter the producer&apos;s code (for example BOS-01).</source>
        <translation>Өндүрүүчүнүн кодун жазыңыз (мисалы, BOS-01).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may hold only Latin letters, digits and - _ . and at most %2 characters.</source>
        <translation>«%1» кодунда латын тамгалары, сандар жана - _ . белгилери гана, эң көп %2 белги болушу мүмкүн.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the producer %2. Choose another code.</source>
        <translation>%1 коду %2 өндүрүүчүсүндө колдонулат. Башка код тандаңыз.</translation>
    </message>
    <message>
        <source>Enter the producer&apos;s name.</source>
        <translation>Өндүрүүчүнүн атын жазыңыз.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Аталышы %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>Choose the village the producer lives and works in.</source>
        <translation>Өндүрүүчү жашаган жана иштеген айылды тандаңыз.</translation>
    </message>
    <message>
        <source>The chosen village is not in the list of villages. Choose it again or add it in Settings.</source>
        <translation>Тандалган айыл айылдардын тизмесинде жок. Аны кайра тандаңыз же Жөндөөлөргө кошуңуз.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: use digits, spaces, - and an optional leading + (for example +996 555 123 456).</source>
        <translation>«%1» телефон номери туура эмес: сандарды, боштуктарды, - белгисин жана башында + белгисин колдонуңуз (мисалы, +996 555 123 456).</translation>
    </message>
    <message>
        <source>The number of members must be at least 1.</source>
        <translation>Мүчөлөрдүн саны жок дегенде 1 болушу керек.</translation>
    </message>
    <message>
        <source>The number of women cannot be negative.</source>
        <translation>Аялдардын саны терс болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The number of women (%1) cannot be more than the number of members (%2).</source>
        <translation>Аялдардын саны (%1) мүчөлөрдүн санынан (%2) көп болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The commission must be between 0% and 100%.</source>
        <translation>Комиссия 0% менен 100% ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>The date of the last visit is in the future.</source>
        <translation>Акыркы сапардын датасы келечекте.</translation>
    </message>
    <message>
        <source>The date of the child-labour check is in the future.</source>
        <translation>Балдар эмгегин текшерүүнүн датасы келечекте.</translation>
    </message>
    <message>
        <source>The certificate date is in the future.</source>
        <translation>Сертификаттын датасы келечекте.</translation>
    </message>
    <message>
        <source>The producer was not found; it may have been removed. Nothing was saved.</source>
        <translation>Өндүрүүчү табылган жок; ал өчүрүлгөн болушу мүмкүн. Эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The producer %1 is already archived.</source>
        <translation>%1 өндүрүүчүсү мурунтан эле архивде.</translation>
    </message>
    <message>
        <source>The producer %1 is not archived.</source>
        <translation>%1 өндүрүүчүсү архивде эмес.</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <source>The barcode &quot;%1&quot; was turned into a number by the spreadsheet and its digits are lost. Format the barcode column as text, type the codes again and save.</source>
        <translation>«%1» штрих-кодун электрондук таблица санга айландырып, анын сандары жоголгон. Штрих-код мамычасын текст катары форматтап, коддорду кайра терип, сактаңыз.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Use one of: %2.</source>
        <translation>Белгисиз категория «%1». Булардын бирин колдонуңуз: %2.</translation>
    </message>
    <message>
        <source>Unknown tax group &quot;%1&quot;. Use one of: %2.</source>
        <translation>Белгисиз салык тобу «%1». Булардын бирин колдонуңуз: %2.</translation>
    </message>
    <message>
        <source>name_ky, name_ru or name_en</source>
        <translation>name_ky, name_ru же name_en</translation>
    </message>
    <message>
        <source>The file %1 has a header row but no products. Nothing was imported.</source>
        <translation>%1 файлында баш сап бар, бирок товарлар жок. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>These columns are not used and were left out: %1.</source>
        <translation>Бул мамычалар колдонулбайт жана эске алынган жок: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Импорт токтотулду. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The file is saved in Windows-1251, which has no letters Ң, Ө, Ү: the spreadsheet may have put &quot;?&quot; in their place in Kyrgyz text (lines %1). Check them, or save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Файл Windows-1251 коддоосунда сакталган, анда Ң, Ө, Ү тамгалары жок: электрондук таблица кыргызча тексттеги алардын ордуна «?» коюп койгон болушу мүмкүн (%1-саптар). Аларды текшериңиз же файлды «CSV UTF-8» катары сактап, кайра импорттоңуз.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 has %n problem(s): nothing was imported. Correct the rows listed and import the file again.</source>
        <translation>
            <numerusform>%1 файлында %n көйгөй бар: эч нерсе импорттолгон жок. Көрсөтүлгөн саптарды оңдоп, файлды кайра импорттоңуз.</numerusform>
            <numerusform>%1 файлында %n көйгөй бар: эч нерсе импорттолгон жок. Көрсөтүлгөн саптарды оңдоп, файлды кайра импорттоңуз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SKU %1 is also on line %2 of the file.</source>
        <translation>%1 артикулу файлдын %2-сабында да бар.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2 of the file.</source>
        <translation>%1 штрих-коду файлдын %2-сабында да бар.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;. Use one of: %2.</source>
        <translation>Белгисиз өлчөм бирдиги «%1». Булардын бирин колдонуңуз: %2.</translation>
    </message>
    <message>
        <source>The minimum level &quot;%1&quot; is not a quantity: write a number of %2 (such as 5 or 2.5), or leave it empty to keep the level as it is.</source>
        <translation>«%1» минималдуу калдыгы сан эмес: %2 менен сан жазыңыз (мисалы, 5 же 2,5) же калдыкты өзгөртпөө үчүн бош калтырыңыз.</translation>
    </message>
    <message>
        <source>The minimum level &quot;%1&quot; is not a whole number: the product is counted in whole pieces.</source>
        <translation>«%1» минималдуу калдыгы бүтүн сан эмес: товар бүтүн даана менен эсептелет.</translation>
    </message>
</context>
<context>
    <name>ProductRollup</name>
    <message>
        <source>day %1, shop %2, product %3</source>
        <translation>күн %1, дүкөн %2, товар %3</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports are missing or differ from the ledger at %1.</source>
        <translation>Отчёттор үчүн сакталган товарлардын сатуулары жок же журналдан айырмаланат: %1.</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports have a row the ledger does not give at %1.</source>
        <translation>Отчёттор үчүн сакталган товарлардын сатууларында журналда жок сап бар: %1.</translation>
    </message>
    <message>
        <source>More differences between the products&apos; sales kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>Отчёттор үчүн сакталган товарлардын сатуулары менен журналдын башка айырмачылыктары көрсөтүлгөн жок; көрсөткүчтөрдү кайра эсептеңиз.</translation>
    </message>
</context>
<context>
    <name>ProductSalesReport</name>
    <message>
        <source>Ask for 1 to 1000 products, not %1.</source>
        <translation>1ден 1000ге чейин товар сураңыз, %1 эмес.</translation>
    </message>
</context>
<context>
    <name>QrSymbol</name>
    <message>
        <source>The product code for the QR code is empty.</source>
        <translation>QR-код үчүн товардын коду бош.</translation>
    </message>
    <message>
        <source>The product code for the QR code contains a NUL character.</source>
        <translation>QR-код үчүн товардын кодунда NUL белгиси бар.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is too long for a QR code.</source>
        <translation>«%1» тексти QR-код үчүн өтө узун.</translation>
    </message>
    <message>
        <source>Could not make the QR code for &quot;%1&quot;.</source>
        <translation>«%1» үчүн QR-кодду түзүү мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Санын жазыңыз.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals: &quot;%1&quot;.</source>
        <translation>Санда үтүрдөн кийин эң көп үч сан болот: «%1».</translation>
    </message>
    <message>
        <source>The quantity cannot be negative: &quot;%1&quot;.</source>
        <translation>Саны терс болушу мүмкүн эмес: «%1».</translation>
    </message>
    <message>
        <source>The quantity is too large: &quot;%1&quot;.</source>
        <translation>Саны өтө чоң: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity. Write it like 2 or 1,5.</source>
        <translation>«%1» — сан эмес. Аны 2 же 1,5 түрүндө жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash</source>
        <translation>Накталай</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>QR төлөм</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КӨЧҮРМӨ</translation>
    </message>
    <message>
        <source>Including VAT %1%</source>
        <translation>Анын ичинде КНС %1%</translation>
    </message>
    <message>
        <source>Including sales tax %1%</source>
        <translation>Анын ичинде сатуу салыгы %1%</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Ачылды</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Ачкан</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Баштапкы накталай</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Накталай сатуулар</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Накталай кайтаруулар</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Кассага салынган</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Кассадан алынган</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Күтүлгөн накталай</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Сатуулар: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Кайтаруулар: %1</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Берилген арзандатуулар</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Төлөм ыкмалары боюнча</translation>
    </message>
    <message>
        <source>Not a fiscal receipt</source>
        <translation>Фискалдык чек эмес</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Чек №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Арзандатуу</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Аралык сумма</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ЖАЛПЫ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Кайтарым</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>Сатып алганыңыз үчүн рахмат!</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>КАЙТАРУУ</translation>
    </message>
    <message>
        <source>Return No.</source>
        <translation>Кайтаруу №</translation>
    </message>
    <message>
        <source>Against receipt No.</source>
        <translation>Сатуу чеги №</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Уруксат берген</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Бузулган</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>КАЙТАРЫЛАТ</translation>
    </message>
    <message>
        <source>Not a fiscal document</source>
        <translation>Фискалдык документ эмес</translation>
    </message>
    <message>
        <source>X REPORT</source>
        <translation>X-ОТЧЁТ</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Басылды</translation>
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
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Жапкан</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Накталайды эсептөө</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Саналган накталай</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>Could not set up a receipt page of %1 mm.</source>
        <translation>Туурасы %1 мм чек барагын орнотуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Could not write the receipt as PDF.</source>
        <translation>Чекти PDF катары жазуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>No printer was chosen for the receipt.</source>
        <translation>Чек үчүн принтер тандалган жок.</translation>
    </message>
    <message>
        <source>Could not start printing the receipt: check that the printer is ready.</source>
        <translation>Чекти басып чыгарууну баштоо мүмкүн болгон жок: принтер даяр экенин текшериңиз.</translation>
    </message>
    <message>
        <source>Could not start a new page: check the printer.</source>
        <translation>Жаңы баракты баштоо мүмкүн болгон жок: принтерди текшериңиз.</translation>
    </message>
    <message>
        <source>Could not finish printing the receipt: check the printer.</source>
        <translation>Чекти басып чыгарууну аягына чыгаруу мүмкүн болгон жок: принтерди текшериңиз.</translation>
    </message>
</context>
<context>
    <name>ReceivingService</name>
    <message>
        <source>Add at least one product to the delivery.</source>
        <translation>Жеткирүүгө жок дегенде бир товар кошуңуз.</translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation>Жеткирүүнүн датасы келечекте боло албайт.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it.</source>
        <translation>Текст %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>No producer has the code %1.</source>
        <translation>%1 коду менен өндүрүүчү жок.</translation>
    </message>
    <message>
        <source>Choose a producer.</source>
        <translation>Өндүрүүчүнү тандаңыз.</translation>
    </message>
    <message>
        <source>Producer %1 is archived: make the producer active again first.</source>
        <translation>%1 өндүрүүчүсү архивде: адегенде аны кайра активдүү кылыңыз.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>%1-сап: </translation>
    </message>
    <message>
        <source>the product was not found; it may have been removed.</source>
        <translation>товар табылган жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>Товар табылган жок.</translation>
    </message>
    <message>
        <source>%1 is made by another producer, not %2.</source>
        <translation>%1 товарын %2 эмес, башка өндүрүүчү жасаган.</translation>
    </message>
    <message>
        <source>%1 is archived: put it back on sale first.</source>
        <translation>%1 архивде: адегенде аны кайра сатыкка чыгарыңыз.</translation>
    </message>
    <message>
        <source>the quantity of %1 must be more than zero.</source>
        <translation>%1 саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 бүтүн даана менен эсептелет: бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>goods bought need their cost: enter what one unit of %1 cost.</source>
        <translation>сатып алынган товарга өздүк нарк керек: %1 бир бирдиги канча турганын жазыңыз.</translation>
    </message>
    <message>
        <source>the cost cannot be less than zero.</source>
        <translation>өздүк нарк нөлдөн аз боло албайт.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: enter the batch.</source>
        <translation>%1 партия боюнча эсепке алынат: партияны жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: enter the expiry date.</source>
        <translation>%1 партия боюнча эсепке алынат: жарактуулук мөөнөтүн жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: leave the batch and expiry empty.</source>
        <translation>%1 партия боюнча эсепке алынбайт: партияны жана жарактуулук мөөнөтүн бош калтырыңыз.</translation>
    </message>
    <message>
        <source>No delivery has the number %1.</source>
        <translation>%1 номерлүү жеткирүү жок.</translation>
    </message>
</context>
<context>
    <name>ReorderDocument</name>
    <message>
        <source>Reorder list</source>
        <translation>Буйрутма тизмеси</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF түзүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>Минималдуу калдыгынан төмөн товар жок.</translation>
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
        <translation>Калдык</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Буйрутуу</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>Принтерди иштетүү мүмкүн болгон жок: анын күйгүзүлгөнүн жана туташтырылганын текшериңиз.</translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <source>Impact report</source>
        <translation>Социалдык таасир боюнча отчёт</translation>
    </message>
    <message>
        <source>%1 producers, %2 of the sales</source>
        <translation>%1 өндүрүүчү, сатуулардын %2</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Кайтаруулар чегерилген сатуулар</translation>
    </message>
    <message>
        <source>Paid to producers</source>
        <translation>Өндүрүүчүлөргө төлөндү</translation>
    </message>
    <message>
        <source>Owed to producers</source>
        <translation>Өндүрүүчүлөргө төлөнө турган</translation>
    </message>
    <message>
        <source>Producers reached</source>
        <translation>Камтылган өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Villages reached</source>
        <translation>Камтылган айылдар</translation>
    </message>
    <message>
        <source>Oblasts reached</source>
        <translation>Камтылган облустар</translation>
    </message>
    <message>
        <source>Sales from women-led producers</source>
        <translation>Аялдар жетектеген өндүрүүчүлөрдүн сатуулары</translation>
    </message>
    <message>
        <source>Sales by the share of women members</source>
        <translation>Мүчөлөрдүн ичинен аялдардын үлүшү (сатуулар боюнча)</translation>
    </message>
    <message>
        <source>Sales from producers whose working-conditions visit is current</source>
        <translation>Эмгек шарттарын текшерүү сапары өз убагында болгон өндүрүүчүлөрдүн сатуулары</translation>
    </message>
    <message>
        <source>Materials and dyes on record</source>
        <translation>Материалдар жана боёктор жазылган</translation>
    </message>
    <message>
        <source>Environmental practice on record</source>
        <translation>Экологиялык практика жазылган</translation>
    </message>
    <message>
        <source>Producers with a visit overdue</source>
        <translation>Сапарынын мөөнөтү өткөн өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Облустар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сатуулар</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Айылдар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Shares of the sales</source>
        <translation>Сатуулардагы үлүштөр</translation>
    </message>
    <message>
        <source>Women-led producers</source>
        <translation>Аялдар жетектеген</translation>
    </message>
    <message>
        <source>Women members</source>
        <translation>Мүчөлөрдүн ичинен аялдар</translation>
    </message>
    <message>
        <source>Visit current</source>
        <translation>Сапар өз убагында</translation>
    </message>
    <message>
        <source>Materials on record</source>
        <translation>Материалдар жазылган</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue</source>
        <translation>Эмгек шарттарын текшерүү сапарынын мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Every producer whose goods sold has had a visit in time.</source>
        <translation>Товары сатылган бардык өндүрүүчүлөргө текшерүү сапары өз убагында болгон.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Акыркы сапар</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <source>Producers reached and their practice</source>
        <translation>Камтылган өндүрүүчүлөр жана алардын практикасы</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Аял жетекчи</translation>
    </message>
    <message>
        <source>Women / members</source>
        <translation>Аялдар / мүчөлөр</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <translation>Материал жана боёк</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <translation>Экология</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Мезгил: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Түзүлгөн: %1, саат %2</translation>
    </message>
    <message>
        <source>Sales are net of returns; shares are of the sales less returns. A visit is judged current or overdue as of %1.</source>
        <translation>Сатуулар кайтаруулар чегерилип көрсөтүлгөн; үлүштөр кайтаруулар чегерилген сатуулардан эсептелген. Сапардын мөөнөтү өткөн-өтпөгөнү %1 абалы боюнча аныкталган.</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Бардык дүкөндөр</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Дүкөн: %1</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>Дүкөндөр: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1-бет</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF түзүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>Принтер тандалган жок.</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>Принтерди иштетүү мүмкүн болгон жок: анын күйгүзүлгөнүн жана туташтырылганын текшериңиз.</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Күндөр боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Категориялар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by village</source>
        <translation>Айылдар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by producer</source>
        <translation>Өндүрүүчүлөр боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Төлөм ыкмалары боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Кассирлер боюнча сатуулар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Number of sales</source>
        <translation>Сатуу саны</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Кайтаруулар</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message>
        <source>Taxes contained in the sales</source>
        <translation>Сатуулардын ичиндеги салыктар</translation>
    </message>
    <message>
        <source>No sales in the period.</source>
        <translation>Мезгил ичинде сатуулар болгон жок.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>КНС ченеми</translation>
    </message>
    <message>
        <source>Sales tax rate</source>
        <translation>Сатуу салыгы, %</translation>
    </message>
    <message>
        <source>VAT, net of returns</source>
        <translation>КНС, кайтаруулар чегерилген</translation>
    </message>
    <message>
        <source>Sales tax, net of returns</source>
        <translation>Сатуу салыгы, кайтаруулар чегерилген</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Сатуулар боюнча отчёт</translation>
    </message>
    <message>
        <source>At the prices sold</source>
        <translation>Сатылган баалар боюнча</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Арзандатуулар</translation>
    </message>
    <message>
        <source>Paid by customers</source>
        <translation>Сатып алуучулар төлөдү</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Кайтаруулар (%1)</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Айлар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товарлар</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Наркы</translation>
    </message>
    <message>
        <source>Stock report</source>
        <translation>Калдыктар боюнча отчёт</translation>
    </message>
    <message>
        <source>On hand now, at the shelf prices</source>
        <translation>Азыркы калдыктар, сатуу баасы боюнча</translation>
    </message>
    <message>
        <source>Products in stock</source>
        <translation>Калдыктагы товарлар</translation>
    </message>
    <message>
        <source>Value of the stock</source>
        <translation>Калдыктын наркы</translation>
    </message>
    <message>
        <source>Of it on consignment</source>
        <translation>Анын ичинде консигнацияда</translation>
    </message>
    <message>
        <source>Stock value by category</source>
        <translation>Категориялар боюнча калдыктын наркы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Stock value by producer</source>
        <translation>Өндүрүүчүлөр боюнча калдыктын наркы</translation>
    </message>
    <message>
        <source>Producers&apos; money</source>
        <translation>Өндүрүүчүлөр менен эсептешүү</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Сатылган</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Кайтарылган</translation>
    </message>
    <message>
        <source>Shop&apos;s commission</source>
        <translation>Дүкөндүн комиссиясы</translation>
    </message>
    <message>
        <source>Earned by producers</source>
        <translation>Өндүрүүчүлөрдүн табышы</translation>
    </message>
    <message>
        <source>By producer</source>
        <translation>Өндүрүүчүлөр боюнча</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Төлөнө турган</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Paid: payouts made in the period and purchases received in it. Owed: the producers&apos; share of consignment sales that no payout has paid yet.</source>
        <translation>Төлөндү: мезгил ичинде жасалган төлөмдөр жана ошол мезгилде кабыл алынган сатып алуулар. Төлөнө турган: консигнациялык сатуулардагы өндүрүүчүлөрдүн үлүшү, ал боюнча азырынча төлөм жасала элек.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Only an administrator may make the figures kept for the reports again.</source>
        <translation>Отчёттор үчүн сакталган көрсөткүчтөрдү администратор гана кайра эсептей алат.</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>All shops</source>
        <translation>Бардык дүкөндөр</translation>
    </message>
    <message>
        <source>%1 (this shop)</source>
        <translation>%1 (бул дүкөн)</translation>
    </message>
</context>
<context>
    <name>ReportScopes</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Мезгилдин биринчи жана акыркы күнүн көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The period cannot begin (%1) after it ends (%2).</source>
        <translation>Мезгилдин башы (%1) аягынан (%2) кийин боло албайт.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Белгисиз тил «%1»: ky, ru же en колдонуңуз.</translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>No return has the receipt number %1.</source>
        <translation>Чек номери %1 болгон кайтаруу жок.</translation>
    </message>
    <message>
        <source>Choose what is returned: at least one line.</source>
        <translation>Эмне кайтарыларын тандаңыз: жок дегенде бир сап.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>%1 чегинде %2-сап жок.</translation>
    </message>
    <message>
        <source>The quantity returned must be more than zero.</source>
        <translation>Кайтарылган саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces: enter a whole number.</source>
        <translation>%1 бүтүн даана менен сатылат: бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>All of %1 on receipt %2 was returned already.</source>
        <translation>%2 чеги боюнча %1 толугу менен кайтарылып бүткөн.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned on receipt %3 (%4 sold, %5 returned before).</source>
        <translation>%3 чеги боюнча %2 товарынан %1 гана кайтарууга болот (%4 сатылган, мурда %5 кайтарылган).</translation>
    </message>
    <message>
        <source>A return of %1 (more than %2)</source>
        <translation>%1 суммасындагы кайтаруу (%2 суммасынан ашык)</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1: менеджердин уруксаты керек.</translation>
    </message>
    <message>
        <source>Returned damaged on %1</source>
        <translation>%1 чеги боюнча бузулган абалда кайтарылды</translation>
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
        <translation>Колдонуучуларды администратор гана башкара алат. Муну администратордон сураңыз.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the shop settings.</source>
        <translation>Дүкөндүн жөндөөлөрүн менеджер же администратор гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may read the audit log.</source>
        <translation>Аудит журналын менеджер же администратор гана окуй алат.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may take a backup.</source>
        <translation>Камдык көчүрмөнү менеджер же администратор гана ала алат.</translation>
    </message>
    <message>
        <source>Only an administrator may restore the database from a backup.</source>
        <translation>Маалымат базасын камдык көчүрмөдөн администратор гана калыбына келтире алат.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the catalogue.</source>
        <translation>Каталогду менеджер же администратор гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>You may not view the catalogue.</source>
        <translation>Сизге каталогду көрүүгө уруксат жок.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Сизге муну кылууга уруксат жок.</translation>
    </message>
    <message>
        <source>You may not sell at this till.</source>
        <translation>Бул кассада сатууга сизге уруксат жок.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may approve this.</source>
        <translation>Буга менеджер же администратор гана уруксат бере алат.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may receive, adjust or transfer stock.</source>
        <translation>Товарды кабыл алууну, калдыкты оңдоону же жылдырууну менеджер же администратор гана жасай алат.</translation>
    </message>
    <message>
        <source>You may not count stock.</source>
        <translation>Товарды санаганга сизге уруксат жок.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may make statements and pay producers.</source>
        <translation>Отчётторду түзүүнү жана өндүрүүчүлөргө төлөөнү менеджер же администратор гана жасай алат.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Отчётторду менеджер же администратор гана көрө алат.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 папкасы жок.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be replaced. Choose another name.</source>
        <translation>%1 — алмаштырууга боло турган файл эмес. Башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it was. Choose another name.</source>
        <translation>%1 мурунтан эле бар, ал өзгөртүлгөн жок. Башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 файлына жазуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (is the disk full?); it was left as it was.</source>
        <translation>%1 толук жазылган жок (диск толуп калган жокпу?); ал мурункудай калды.</translation>
    </message>
    <message>
        <source>%1 could not be saved under its name (it exists, or the folder refuses it); it was left as it was.</source>
        <translation>%1 өз аты менен сакталган жок (мындай файл бар же папка уруксат бербейт); ал мурункудай калды.</translation>
    </message>
    <message>
        <source>%1 is a database; it is never written over. Choose another file name.</source>
        <translation>%1 — маалымат базасы; анын үстүнө эч качан жазылбайт. Башка файл атын тандаңыз.</translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>No sale has the receipt number %1. Check the number on the receipt.</source>
        <translation>Чек номери %1 болгон сатуу жок. Чектеги номерди текшериңиз.</translation>
    </message>
    <message>
        <source>The sale was not found.</source>
        <translation>Сатуу табылган жок.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Төлөм нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>Choose the card&apos;s scheme (Elcart, Visa, ...).</source>
        <translation>Картанын төлөм системасын тандаңыз (Elcart, Visa, ...).</translation>
    </message>
    <message>
        <source>A card detail or reference is at most %1 characters.</source>
        <translation>Картанын маалыматы же операциянын номери эң көп %1 белги.</translation>
    </message>
    <message>
        <source>Card and QR payments come to %1, more than the total %2: only cash gives change.</source>
        <translation>Карта жана QR менен төлөмдөр %1 түзөт, бул жалпы суммадан (%2) ашык: кайтарым накталайдан гана берилет.</translation>
    </message>
    <message>
        <source>%1 is still to be paid.</source>
        <translation>Дагы %1 төлөө керек.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Open a shift with the cash in the drawer first.</source>
        <translation>Бул кассада смена ачылган эмес. Адегенде кассадагы накталайды көрсөтүп, смена ачыңыз.</translation>
    </message>
    <message>
        <source>The cart is empty: scan the goods first.</source>
        <translation>Чек бош: адегенде товарларды сканерлеңиз.</translation>
    </message>
</context>
<context>
    <name>SalesCheck</name>
    <message>
        <source>Sale %1: its total %2 does not equal its lines (%3) or its payments less change (%4), or its change %5 did not come out of cash.</source>
        <translation>Сатуу %1: анын суммасы %2 саптардын суммасына (%3) же кайтарымсыз төлөмдөргө (%4) барабар эмес, же %5 кайтарымы накталайдан берилген эмес.</translation>
    </message>
    <message>
        <source>Return %1: its total does not equal its lines or its refunds.</source>
        <translation>Кайтаруу %1: анын суммасы саптардын же кайтарылган төлөмдөрдүн суммасына барабар эмес.</translation>
    </message>
    <message>
        <source>Sale %1: more of line %2 was returned than was sold.</source>
        <translation>Сатуу %1: %2-сап боюнча сатылгандан көп кайтарылган.</translation>
    </message>
    <message>
        <source>Sale %1: the stock movement of line %2 is missing or of another quantity.</source>
        <translation>Сатуу %1: %2-саптын товар кыймылы жок же башка санга жазылган.</translation>
    </message>
    <message>
        <source>Return %1: the stock movement of line %2 is missing or of another quantity.</source>
        <translation>Кайтаруу %1: %2-саптын товар кыймылы жок же башка санга жазылган.</translation>
    </message>
    <message>
        <source>A sale movement refers to sale line %1/%2, which does not exist.</source>
        <translation>Сатуу кыймылы %1/%2 сатуу сабына шилтейт, бирок андай сап жок.</translation>
    </message>
    <message>
        <source>Receipt numbers of till %1-%2 have gaps: %3 numbers given up to %4.</source>
        <translation>%1-%2 кассасынын чек номерлеринде боштуктар бар: %4 чейин %3 номер берилген.</translation>
    </message>
    <message>
        <source>Receipt %1 is not in the register of receipt numbers.</source>
        <translation>%1 чеги чек номерлеринин реестринде жок.</translation>
    </message>
</context>
<context>
    <name>SalesReport</name>
    <message>
        <source>Without a producer</source>
        <translation>Өндүрүүчүсүз</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Накталай</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>QR төлөм</translation>
    </message>
</context>
<context>
    <name>SalesRollup</name>
    <message>
        <source>More differences between the sales figures kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>Отчёттор үчүн сакталган сатуу жыйынтыктары менен журналдын калган айырмалары көрсөтүлгөн жок; жыйынтыктарды кайра эсептеңиз.</translation>
    </message>
    <message>
        <source>grouping %1, day %2, shop %3, group &quot;%4&quot;</source>
        <translation>топтоо %1, күн %2, дүкөн %3, топ «%4»</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports are missing or differ from the ledger at %1.</source>
        <translation>Отчёттор үчүн сатуу жыйынтыктары жок же журналдан айырмаланат: %1.</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports have a row the ledger does not give at %1.</source>
        <translation>Отчёттор үчүн сатуу жыйынтыктарында журналда жок сап бар: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>&quot;%1&quot; cannot be a shop code: use 2 to 10 capital Latin letters, digits and hyphens, like BIS-1.</source>
        <translation>«%1» дүкөндүн коду боло албайт: 2ден 10го чейин латындын баш тамгаларын, сандарды жана дефисти колдонуңуз, мисалы BIS-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a device id: use 1 to 8 capital Latin letters or digits, like T1.</source>
        <translation>«%1» түзмөктүн идентификатору боло албайт: 1ден 8ге чейин латындын баш тамгаларын же сандарды колдонуңуз, мисалы T1.</translation>
    </message>
    <message>
        <source>The shop name cannot be empty.</source>
        <translation>Дүкөндүн аталышы бош болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The shop name is too long: at most %1 characters.</source>
        <translation>Дүкөндүн аталышы өтө узун: эң көп %1 белги.</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>Дарек өтө узун: эң көп %1 белги.</translation>
    </message>
    <message>
        <source>The receipt header is too long: at most %1 characters.</source>
        <translation>Чектин башы өтө узун: эң көп %1 белги.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode: use shop or head-office.</source>
        <translation>«%1» — режим эмес: shop же head-office колдонуңуз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer for %2: use yes or no.</source>
        <translation>«%1» — %2 үчүн жооп эмес: yes же no колдонуңуз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: give a percentage from 0 to 100 with at most two decimals, like 12 or 1.5.</source>
        <translation>«%1» — туура %2 эмес: 0дөн 100гө чейинки пайызды үтүрдөн кийин эң көп эки сан менен жазыңыз, мисалы 12 же 1.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rounding: use per-receipt or per-line.</source>
        <translation>«%1» — тегеректөө эмес: per-receipt же per-line колдонуңуз.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Белгисиз жөндөө «%1». Жөндөөлөр: %2.</translation>
    </message>
    <message>
        <source>shop code</source>
        <translation>дүкөндүн коду</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>дүкөндүн аталышы</translation>
    </message>
    <message>
        <source>address</source>
        <translation>дарек</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>түзмөктүн идентификатору</translation>
    </message>
    <message>
        <source>receipt header</source>
        <translation>чектин башы</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>КНС төлөөчү</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>КНС ченеми</translation>
    </message>
    <message>
        <source>sales tax rate</source>
        <translation>сатуу салыгынын ченеми</translation>
    </message>
    <message>
        <source>tax rounding</source>
        <translation>салыкты тегеректөө</translation>
    </message>
    <message>
        <source>This database is already set up for shop %1; change its settings instead.</source>
        <translation>Бул маалымат базасы %1 дүкөнү үчүн мурунтан эле жөндөлгөн; анын ордуна жөндөөлөрүн өзгөртүңүз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: give an amount in som, like 5000 or 1250,50.</source>
        <translation>«%1» — туура %2 эмес: сумманы сом менен жазыңыз, мисалы 5000 же 1250,50.</translation>
    </message>
    <message>
        <source>The ELQR link was refused: %1</source>
        <translation>ELQR шилтемеси кабыл алынган жок: %1</translation>
    </message>
    <message>
        <source>The cashier&apos;s discount limit (%1%) cannot be above the manager&apos;s (%2%).</source>
        <translation>Кассирдин арзандатуу чеги (%1%) менеджердикинен (%2%) жогору болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>cashier&apos;s discount limit</source>
        <translation>кассирдин арзандатуу чеги</translation>
    </message>
    <message>
        <source>manager&apos;s discount limit</source>
        <translation>менеджердин арзандатуу чеги</translation>
    </message>
    <message>
        <source>return approval limit</source>
        <translation>кайтарууга уруксат чеги</translation>
    </message>
    <message>
        <source>ELQR link</source>
        <translation>ELQR шилтемеси</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language of receipts: use ky, ru or en.</source>
        <translation>«%1» — чектин тили эмес: ky, ru же en деп жазыңыз.</translation>
    </message>
    <message>
        <source>receipts&apos; language</source>
        <translation>чектердин тили</translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>The shift was not found.</source>
        <translation>Смена табылган жок.</translation>
    </message>
    <message>
        <source>No shift is open on this till: open a shift first.</source>
        <translation>Бул кассада смена ачылган эмес: адегенде смена ачыңыз.</translation>
    </message>
    <message>
        <source>The float cannot be less than zero.</source>
        <translation>Баштапкы накталай нөлдөн аз болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Shift %1 is already open on this till: close it before opening another.</source>
        <translation>Бул кассада %1-смена ачык турат: башкасын ачуудан мурун аны жабыңыз.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>Say why the cash is taken out of the drawer.</source>
        <translation>Накталай кассадан эмне үчүн алынып жатканын жазыңыз.</translation>
    </message>
    <message>
        <source>Say why the cash is put into the drawer.</source>
        <translation>Накталай кассага эмне үчүн салынып жатканын жазыңыз.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>Себеби %1 белгиден узун; аны кыскартыңыз.</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer: %2 cannot be taken out.</source>
        <translation>Кассада %1 гана болушу керек: %2 алууга болбойт.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>Бул кассада смена ачылган эмес.</translation>
    </message>
    <message>
        <source>%1 is not a note or coin of the som: count notes of 5000 to 20 som and coins of 10, 5, 3 and 1 som and 50 tyiyn.</source>
        <translation>%1 — сомдун купюрасы же монетасы эмес: 5000 сомдон 20 сомго чейинки купюраларды жана 10, 5, 3, 1 сомдук жана 50 тыйындык монеталарды санаңыз.</translation>
    </message>
    <message>
        <source>The count of %1 cannot be less than zero.</source>
        <translation>%1 номиналынын саны нөлдөн аз болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>There is no Z report %1 on this till.</source>
        <translation>Бул кассада № %1 Z-отчёт жок.</translation>
    </message>
    <message>
        <source>Z report %1 of till %2-%3</source>
        <translation>%2-%3 кассасынын № %1 Z-отчёту</translation>
    </message>
    <message>
        <source>%1: its shift cannot be added up: %2</source>
        <translation>%1: анын сменасынын жыйынтыгын эсептөө мүмкүн эмес: %2</translation>
    </message>
    <message>
        <source>%1: %2 is kept as %3, but the records add up to %4.</source>
        <translation>%1: %2 %3 деп сакталган, бирок жазуулар боюнча %4 чыгат.</translation>
    </message>
    <message>
        <source>%1: %2 is kept as %3, but the records count %4.</source>
        <translation>%1: %2 %3 деп сакталган, бирок жазуулар боюнча %4.</translation>
    </message>
    <message>
        <source>the expected cash</source>
        <translation>күтүлгөн накталай</translation>
    </message>
    <message>
        <source>the float</source>
        <translation>баштапкы накталай</translation>
    </message>
    <message>
        <source>the cash taken for sales</source>
        <translation>сатуулар үчүн алынган накталай</translation>
    </message>
    <message>
        <source>the cash paid back for returns</source>
        <translation>кайтаруулар үчүн кайра төлөнгөн накталай</translation>
    </message>
    <message>
        <source>the cash put in</source>
        <translation>кассага салынган накталай</translation>
    </message>
    <message>
        <source>the cash taken out</source>
        <translation>кассадан алынган накталай</translation>
    </message>
    <message>
        <source>the expected cash in its totals</source>
        <translation>жыйынтыктардагы күтүлгөн накталай</translation>
    </message>
    <message>
        <source>the number of sales</source>
        <translation>сатуулардын саны</translation>
    </message>
    <message>
        <source>the sales total</source>
        <translation>сатуулардын суммасы</translation>
    </message>
    <message>
        <source>the number of returns</source>
        <translation>кайтаруулардын саны</translation>
    </message>
    <message>
        <source>the returns total</source>
        <translation>кайтаруулардын суммасы</translation>
    </message>
    <message>
        <source>the discounts</source>
        <translation>арзандатуулар</translation>
    </message>
    <message>
        <source>the takings by %1</source>
        <translation>түшкөн акча (%1)</translation>
    </message>
    <message>
        <source>%1: the counted cash is kept as %2, but its count by notes and coins adds up to %3.</source>
        <translation>%1: саналган накталай %2 деп сакталган, бирок купюралар жана монеталар боюнча эсеп %3 чыгат.</translation>
    </message>
</context>
<context>
    <name>SimulatedRegister</name>
    <message>
        <source>Simulated fiscal register</source>
        <translation>Фискалдык регистратордун симуляциясы</translation>
    </message>
    <message>
        <source>The fiscal register did not answer. The receipt stays unsent; send it again later.</source>
        <translation>Фискалдык регистратор жооп берген жок. Чек жөнөтүлбөгөн бойдон калат; аны кийинчерээк кайра жөнөтүңүз.</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database could not carry out the operation; nothing was changed.</source>
        <translation>Маалымат базасы операцияны аткара алган жок; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Маалымат базасы бош эмес: ага башка программа жазып жатат. Эч нерсе өзгөргөн жок; бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The database cannot be written to: the file or its folder is read-only for this user. Nothing was changed; ask whoever looks after this computer.</source>
        <translation>Маалымат базасына жазуу мүмкүн эмес: файл же анын папкасы бул колдонуучу үчүн окуу үчүн гана ачык. Эч нерсе өзгөргөн жок; бул компьютерди тейлеген адамга кайрылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск толук: эч нерсе сакталган жок. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run &quot;ovopctl check&quot; and, if it confirms the damage, restore a backup.</source>
        <translation>Маалымат базасынын файлы бузулган. «ovopctl check» буйругун аткарыңыз, эгер ал бузулганын тастыктаса, камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>The change contradicts records already in the database; nothing was changed.</source>
        <translation>Өзгөртүү базада мурунтан бар жазууларга карама-каршы келет; эч нерсе өзгөргөн жок.</translation>
    </message>
</context>
<context>
    <name>StatementService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Мезгилдин биринчи жана акыркы күнүн көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The period cannot begin (%1) after it ends (%2).</source>
        <translation>Мезгилдин башы (%1) аягынан (%2) кийин боло албайт.</translation>
    </message>
    <message>
        <source>The period cannot end after today (%1): sales of days to come would be missing.</source>
        <translation>Мезгил бүгүндөн (%1) кийин бүтө албайт: келе турган күндөрдүн сатуулары ага кирбей калмак.</translation>
    </message>
    <message>
        <source>The producer was not found.</source>
        <translation>Өндүрүүчү табылган жок.</translation>
    </message>
    <message>
        <source>%1 (%2) sells to the shop outright: purchase producers are paid when their goods are received, not by statement.</source>
        <translation>%1 (%2) товарды дүкөнгө түз сатат: сатып алуу шартындагы өндүрүүчүлөргө товары кабыл алынганда төлөнөт, отчёт боюнча эмес.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Белгисиз тил «%1»: ky, ru же en колдонуңуз.</translation>
    </message>
    <message>
        <source>Nothing of %1 was sold or returned from %2 to %3 that is not already on a statement.</source>
        <translation>%2 – %3 аралыгында %1 өндүрүүчүсүнүн отчётко кире элек сатуулары же кайтаруулары жок.</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>%1 отчёту жок.</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар табылган жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>The quantity received must be more than zero.</source>
        <translation>Кабыл алынган сан нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 бүтүн даана менен эсептелет: бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>Эскертме %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>A stock movement must belong to a document line.</source>
        <translation>Товардын кыймылы документтин сабына таандык болушу керек.</translation>
    </message>
    <message>
        <source>The batch is longer than %1 characters; shorten it.</source>
        <translation>Партия %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>The cost cannot be less than zero.</source>
        <translation>Өздүк нарк нөлдөн аз болбойт.</translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation>%1, %2 партиясы</translation>
    </message>
    <message>
        <source>The stock of %1 is kept as %2 but its movements add up to %3.</source>
        <translation>%1 калдыгы %2 деп жазылган, бирок кыймылдар боюнча %3 чыгат.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>The quantity must be less than zero.</source>
        <translation>Саны нөлдөн аз болушу керек.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>Саны нөл болбошу керек.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>Товар табылган жок.</translation>
    </message>
    <message>
        <source>%1 has no producer: goods are received from their producer.</source>
        <translation>%1 товарынын өндүрүүчүсү көрсөтүлгөн эмес: товарлар өз өндүрүүчүсүнөн кабыл алынат.</translation>
    </message>
    <message>
        <source>The %1 movement of %2 at %3 names %4 %5, which does not exist.</source>
        <translation>%2 товарынын %3 убагындагы %1 кыймылы жок %4 %5 документине шилтеме кылат.</translation>
    </message>
</context>
<context>
    <name>StockLookup</name>
    <message>
        <source>Scan or type a barcode or SKU.</source>
        <translation>Штрих-кодду же артикулду сканерлеңиз же териңиз.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>%1 коду менен товар жок. Кодду текшериңиз же аталышы боюнча издеңиз.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>Товар табылган жок; ал өчүрүлгөн болушу мүмкүн.</translation>
    </message>
</context>
<context>
    <name>StockQuery</name>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>%1 коду менен товар жок. Кодду текшериңиз же аталышы боюнча издеңиз.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Сатылган</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>Сатып алуучу кайтарган</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Оңдолгон</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Бузулган</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Sent to another shop</source>
        <translation>Башка дүкөнгө жөнөтүлгөн</translation>
    </message>
    <message>
        <source>Received from another shop</source>
        <translation>Башка дүкөндөн кабыл алынган</translation>
    </message>
    <message>
        <source>Returned to the producer</source>
        <translation>Өндүрүүчүгө кайтарылган</translation>
    </message>
</context>
<context>
    <name>StockReport</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Белгисиз тил «%1»: ky, ru же en колдонуңуз.</translation>
    </message>
</context>
<context>
    <name>StocktakeService</name>
    <message>
        <source>No stocktake is open: a manager starts one first.</source>
        <translation>Ачык инвентаризация жок: адегенде менеджер аны башташы керек.</translation>
    </message>
    <message>
        <source>Stocktake %1 is still open: post or cancel it before starting another.</source>
        <translation>%1 инвентаризациясы дагы эле ачык: башкасын баштоодон мурун аны бекитиңиз же жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>Name the category to count by its key.</source>
        <translation>Санала турган категорияны анын ачкычы менен көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Name the producer to count by their code.</source>
        <translation>Товарлары санала турган өндүрүүчүнүн кодун көрсөтүңүз.</translation>
    </message>
    <message>
        <source>There is no category with the key %1.</source>
        <translation>%1 ачкычы менен категория жок.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1.</source>
        <translation>%1 коду менен өндүрүүчү жок.</translation>
    </message>
    <message>
        <source>The quantity counted must not be zero.</source>
        <translation>Саналган сан нөл болбошу керек.</translation>
    </message>
    <message>
        <source>The batch is longer than %1 characters; shorten it.</source>
        <translation>Партия %1 белгиден узун; кыскартыңыз.</translation>
    </message>
    <message>
        <source>%1 is not part of this stocktake (%2 %3): put it aside and count it another time.</source>
        <translation>%1 бул инвентаризацияга кирбейт (%2 %3): аны четке коюп, башка жолу санаңыз.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>өндүрүүчү</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 бүтүн даана менен эсептелет: бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: count it without one.</source>
        <translation>%1 партия боюнча эсепке алынбайт: аны партиясыз санаңыз.</translation>
    </message>
    <message>
        <source>Only %1 of %2 was counted%3: a correction cannot take back more.</source>
        <translation>%2: %1 гана саналган%3, оңдоо мындан көптү кайтара албайт.</translation>
    </message>
    <message>
        <source> in batch %1</source>
        <translation> (%1 партиясында)</translation>
    </message>
    <message>
        <source>Posting a stocktake needs a manager&apos;s approval.</source>
        <translation>Инвентаризацияны бекитүү үчүн менеджердин уруксаты керек.</translation>
    </message>
    <message>
        <source>%1 may not manage stock and cannot approve posting a stocktake.</source>
        <translation>%1 калдыктарды башкара албайт жана инвентаризацияны бекитүүгө уруксат бере албайт.</translation>
    </message>
</context>
<context>
    <name>TaxGroups</name>
    <message>
        <source>Standard (shop&apos;s tax rates)</source>
        <translation>Стандарттык (дүкөндүн салык ченемдери)</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>КНСтен бошотулган</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>The quantity is too large; check what was typed.</source>
        <translation>Саны өтө чоң; эмне терилгенин текшериңиз.</translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces: enter a whole number.</source>
        <translation>%1 бүтүн даана менен сатылат: бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is archived and not for sale.</source>
        <translation>%1 архивде жана сатылбайт.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>%1 коду менен товар жок. Кодду текшериңиз же аталышы боюнча издеңиз.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1: менеджердин уруксаты керек.</translation>
    </message>
    <message>
        <source>%1 is beyond what %2 may approve (%3).</source>
        <translation>%1: бул %2 уруксат бере ала турган чектен ашат (%3).</translation>
    </message>
    <message>
        <source>There is no such line in the cart.</source>
        <translation>Чекте мындай сап жок.</translation>
    </message>
    <message>
        <source>Lowering the quantity of %1 from %2 to %3</source>
        <translation>%1 санын азайтуу: %2 → %3</translation>
    </message>
    <message>
        <source>Removing %1 × %2 from the cart</source>
        <translation>Чектен %1 × %2 алып салуу</translation>
    </message>
    <message>
        <source>A discount is more than 0% and at most 100%.</source>
        <translation>Арзандатуу 0 пайыздан көп жана 100 пайыздан ашпашы керек.</translation>
    </message>
    <message>
        <source>The discount must be more than zero and at most what the line costs (%1).</source>
        <translation>Арзандатуу нөлдөн көп жана саптын наркынан (%1) ашпашы керек.</translation>
    </message>
    <message>
        <source>A discount of %1 on %2</source>
        <translation>%2 үчүн %1 арзандатуу</translation>
    </message>
    <message>
        <source>The cart is empty: scan the goods first, then give the discount.</source>
        <translation>Чек бош: адегенде товарларды сканерлеп, андан кийин арзандатуу бериңиз.</translation>
    </message>
    <message>
        <source>The discount must be more than zero and at most the cart&apos;s total (%1).</source>
        <translation>Арзандатуу нөлдөн көп жана чектин суммасынан (%1) ашпашы керек.</translation>
    </message>
    <message>
        <source>A discount of %1 on the whole cart</source>
        <translation>Бүт чекке %1 арзандатуу</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Баа нөлдөн жогору болушу керек.</translation>
    </message>
    <message>
        <source>A price of %1 instead of %2 for %3</source>
        <translation>%3: %2 ордуна %1 баа</translation>
    </message>
    <message numerus="yes">
        <source>Voiding the cart of %n line(s), %1</source>
        <translation>
            <numerusform>%n саптан турган чекти жокко чыгаруу, %1</numerusform>
            <numerusform>%n саптан турган чекти жокко чыгаруу, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier cannot approve their own sale: ask a manager.</source>
        <translation>Кассир өз сатуусуна уруксат бере албайт: менеджерге кайрылыңыз.</translation>
    </message>
    <message>
        <source>%1 is not a manager and cannot approve this.</source>
        <translation>%1 менеджер эмес жана буга уруксат бере албайт.</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to park.</source>
        <translation>Чек бош: кийинкиге калтыра турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>Finish or park the current cart before recalling another.</source>
        <translation>Башка чекти кайра ачуудан мурун учурдагы чекти бүтүрүңүз же кийинкиге калтырыңыз.</translation>
    </message>
    <message>
        <source>The parked cart was not found; it may have been recalled on another till.</source>
        <translation>Кийинкиге калтырылган чек табылган жок; балким, ал башка кассада кайра ачылгандыр.</translation>
    </message>
    <message>
        <source>Recalled without what is no longer for sale: %1.</source>
        <translation>Мындан ары сатылбаган товарларсыз кайра ачылды: %1.</translation>
    </message>
    <message>
        <source>This cart was parked by another cashier: they recall it, or a manager does.</source>
        <translation>Бул чекти башка кассир кийинкиге калтырган: аны ошол кассир же менеджер кайра ача алат.</translation>
    </message>
    <message>
        <source>Selling %1 from the expired batch %2 (best before %3)</source>
        <translation>%1 товарын мөөнөтү өткөн %2 партиясынан сатуу (жарактуулук мөөнөтү: %3)</translation>
    </message>
</context>
<context>
    <name>TillText</name>
    <message>
        <source>Cash</source>
        <translation>Накталай</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>QR төлөм</translation>
    </message>
</context>
<context>
    <name>TransferFile</name>
    <message>
        <source>This file is damaged or incomplete: it cannot be read as a transfer. Ask the sending shop for the file again.</source>
        <translation>Бул файл бузулган же толук эмес: аны жылдыруу катары окууга болбойт. Жөнөтүүчү дүкөндөн файлды кайра сураңыз.</translation>
    </message>
    <message>
        <source>This is not a transfer file of a shop (its format is &quot;%1&quot;).</source>
        <translation>Бул дүкөндүн жылдыруу файлы эмес (анын форматы — «%1»).</translation>
    </message>
    <message>
        <source>This transfer file was written by another version of the program (version %1); this version reads version %2.</source>
        <translation>Бул жылдыруу файлы программанын башка версиясы менен жазылган (%1 версиясы); бул версия %2 версиясын окуйт.</translation>
    </message>
    <message>
        <source>This transfer file was damaged or changed after it was written: its check sum does not match. Ask the sending shop for the file again.</source>
        <translation>Бул жылдыруу файлы жазылгандан кийин бузулган же өзгөртүлгөн: анын текшерүү суммасы дал келбейт. Жөнөтүүчү дүкөндөн файлды кайра сураңыз.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 ачуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a transfer file.</source>
        <translation>%1 жылдыруу файлы үчүн өтө чоң.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name.</source>
        <translation>%1 мурунтан эле бар: башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазуу мүмкүн эмес: %2</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>This shop&apos;s catalogue does not have %1: add the products (with the same SKU) before receiving the transfer.</source>
        <translation>Бул дүкөндүн каталогунда %1 жок: жылдырууну кабыл алуудан мурун ал товарларды (ошол эле артикулдар менен) кошуңуз.</translation>
    </message>
    <message>
        <source>This confirmation is for transfer %1 sent by %2, not by this shop (%3).</source>
        <translation>Бул ырастоо %2 дүкөнү жөнөткөн %1 жылдыруусуна тиешелүү, бул дүкөн (%3) жөнөткөн эмес.</translation>
    </message>
    <message>
        <source>Transfer %1 was sent by this shop (%2): it is opened by the shop it goes to, %3.</source>
        <translation>%1 жылдыруусун ушул дүкөн (%2) жөнөткөн: аны кабыл алуучу дүкөн, %3, ачат.</translation>
    </message>
    <message>
        <source>Transfer %1 is addressed to %2, not to this shop (%3).</source>
        <translation>%1 жылдыруусу бул дүкөнгө (%3) эмес, %2 дүкөнүнө жиберилген.</translation>
    </message>
    <message>
        <source>A received quantity cannot be less than zero.</source>
        <translation>Кабыл алынган сан нөлдөн аз боло албайт.</translation>
    </message>
    <message>
        <source>Transfer %1 has no line of %2.</source>
        <translation>%1 жылдыруусунда %2 товарынын сабы жок.</translation>
    </message>
    <message>
        <source>Transfer %1 has no line %2.</source>
        <translation>%1 жылдыруусунда %2-сап жок.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 бүтүн даана менен эсептелет: бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2</source>
        <translation>%2 дүкөнүнөн %1 жылдыруусу</translation>
    </message>
    <message>
        <source>The goods were received, but the confirmation could not be written: %1</source>
        <translation>Товар кабыл алынды, бирок ырастоону жазуу мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <source>This shop has no record of sending transfer %1.</source>
        <translation>Бул дүкөндө %1 жылдыруусун жөнөткөнү тууралуу жазуу жок.</translation>
    </message>
    <message>
        <source>Transfer %1 went to %2, but this confirmation comes from %3.</source>
        <translation>%1 жылдыруусу %2 дүкөнүнө жөнөтүлгөн, бирок бул ырастоо %3 дүкөнүнөн келди.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 does not name the same lines as were sent.</source>
        <translation>%1 жылдыруусунун ырастоосундагы саптар жөнөтүлгөн саптарга дал келбейт.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <source>received with differences</source>
        <translation>айырмалар менен кабыл алынды</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жөнөтүлдү</translation>
    </message>
    <message>
        <source>Name the shop the goods go to by its code, like KAR-1.</source>
        <translation>Товар жөнөтүлө турган дүкөндүн кодун көрсөтүңүз, мисалы KAR-1.</translation>
    </message>
    <message>
        <source>%1 is not a shop code: a shop code is like KAR-1.</source>
        <translation>%1 — дүкөндүн коду эмес: дүкөндүн коду KAR-1 сыяктуу болот.</translation>
    </message>
    <message>
        <source>The goods cannot be sent to this shop itself (%1).</source>
        <translation>Товарды ушул эле дүкөнгө (%1) жөнөтүүгө болбойт.</translation>
    </message>
    <message>
        <source>Choose what to send: at least one product and its quantity.</source>
        <translation>Эмне жөнөтүлөрүн тандаңыз: жок дегенде бир товар жана анын саны.</translation>
    </message>
    <message>
        <source>Choose where to save the transfer file.</source>
        <translation>Жылдыруу файлын кайда сактоону тандаңыз.</translation>
    </message>
    <message>
        <source>The quantity of %1 sent must be more than zero.</source>
        <translation>%1 жөнөтүлгөн саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>There is no %1 in stock to send.</source>
        <translation>Жөнөтүү үчүн %1 калдыкта жок.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is in stock: %3 cannot be sent.</source>
        <translation>%2: калдыкта %1 гана бар, %3 жөнөтүүгө болбойт.</translation>
    </message>
    <message>
        <source>Transfer %1 to %2</source>
        <translation>%2 дүкөнүнө %1 жылдыруусу</translation>
    </message>
    <message>
        <source>The transfer was not found.</source>
        <translation>Жылдыруу табылган жок.</translation>
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
        <translation>даана</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 2 to 32 letters, digits, dots, hyphens or underscores, without spaces (for example aigul or a.sydykova).</source>
        <translation>«%1» колдонуучунун аты боло албайт: 2ден 32ге чейин тамгаларды, сандарды, чекиттерди, дефистерди же астыңкы сызыктарды боштуксуз колдонуңуз (мисалы, aigul же a.sydykova).</translation>
    </message>
    <message>
        <source>The full name is too long: at most %1 characters.</source>
        <translation>Толук аты өтө узун: эң көп %1 белги.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose ky, ru or en.</source>
        <translation>Белгисиз тил «%1»: ky, ru же en тандаңыз.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9), nothing else.</source>
        <translation>PIN-код 4төн 8ге чейинки сандардан (0-9) гана турат.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;. Check the name or ask an administrator.</source>
        <translation>«%1» деген колдонуучу жок. Атын текшериңиз же администратордон сураңыз.</translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an administrator to enable it.</source>
        <translation>%1 колдонуучусу өчүрүлгөн. Аны иштетүүнү администратордон сураңыз.</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong PINs until %3. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>%1 %2 жолу туура эмес PIN-коддон кийин %3 чейин бөгөттөлгөн. Ошондо кайра аракет кылыңыз же PIN-кодду алмаштырууну администратордон сураңыз.</translation>
    </message>
    <message>
        <source>Wrong PIN. After %1 wrong PINs %2 is locked until %3. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>PIN-код туура эмес. %1 жолу туура эмес PIN-коддон кийин %2 %3 чейин бөгөттөлдү. Ошондо кайра аракет кылыңыз же PIN-кодду алмаштырууну администратордон сураңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1. %n more wrong PIN(s) will lock the user for %2 minutes.</source>
        <translation>
            <numerusform>%1 үчүн PIN-код туура эмес. Дагы %n жолу туура эмес терилсе, колдонуучу %2 мүнөткө бөгөттөлөт.</numerusform>
            <numerusform>%1 үчүн PIN-код туура эмес. Дагы %n жолу туура эмес терилсе, колдонуучу %2 мүнөткө бөгөттөлөт.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a user named %1. Choose another name.</source>
        <translation>%1 деген колдонуучу мурунтан эле бар. Башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>This database already has users: log in as an administrator to add more.</source>
        <translation>Бул маалымат базасында колдонуучулар мурунтан эле бар: дагы кошуу үчүн администратор катары кириңиз.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>«%1» деген колдонуучу жок.</translation>
    </message>
    <message>
        <source>You cannot disable yourself. Ask another administrator.</source>
        <translation>Өзүңүздү өчүрө албайсыз. Башка администратордон сураңыз.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled. Add or enable another administrator first.</source>
        <translation>%1 — акыркы иштеп жаткан администратор, аны өчүрүүгө болбойт. Адегенде башка администраторду кошуңуз же иштетиңиз.</translation>
    </message>
    <message>
        <source>Your user no longer exists. Log in again.</source>
        <translation>Сиздин колдонуучуңуз мындан ары жок. Кайра кириңиз.</translation>
    </message>
    <message>
        <source>The user no longer exists. Ask an administrator.</source>
        <translation>Бул колдонуучу мындан ары жок. Администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>Too many PINs were tried for %1 at the same time: the user is locked until %2. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>%1 үчүн бир эле учурда өтө көп PIN-код терилди: колдонуучу %2 чейин бөгөттөлдү. Ошондо кайра аракет кылыңыз же PIN-кодду алмаштырууну администратордон сураңыз.</translation>
    </message>
    <message>
        <source>%1=%2 is not known: use interactive (the default) or minimum.</source>
        <translation>%1=%2 — белгисиз маани: interactive (демейки) же minimum колдонуңуз.</translation>
    </message>
</context>
<context>
    <name>ovop::pinhash</name>
    <message>
        <source>The PIN cannot be protected: the cryptography library did not start.</source>
        <translation>PIN-кодду коргоого болбойт: шифрлөө китепканасы иштеген жок.</translation>
    </message>
    <message>
        <source>The PIN cannot be protected: not enough memory. Close other programs and try again.</source>
        <translation>PIN-кодду коргоого болбойт: эс тутум жетишпейт. Башка программаларды жаап, кайра аракет кылыңыз.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AddUserDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Эки PIN-код бирдей эмес. Бир эле PIN-кодду эки жолу териңиз.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Колдонуучу кошуу</translation>
    </message>
    <message>
        <source>The new user logs in with their name and a PIN of 4 to 8 digits.</source>
        <translation>Жаңы колдонуучу өз аты жана 4–8 сандан турган PIN-код менен кирет.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Кирүү аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толук аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-код кайра</translation>
    </message>
    <message>
        <source>e.g. aigul</source>
        <translation>мисалы, aigul</translation>
    </message>
    <message>
        <source>e.g. Aigul Toktogulova</source>
        <translation>мисалы, Айгүл Токтогулова</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Кошуу</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AdjustDialog</name>
    <message>
        <source>Correct stock</source>
        <translation>Калдыкты оңдоо</translation>
    </message>
    <message>
        <source>On hand: %1 %2</source>
        <translation>Калдык: %1 %2</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себеби</translation>
    </message>
    <message>
        <source>&amp;Quantity (%1)</source>
        <translation>&amp;Саны (%1)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Партия</translation>
    </message>
    <message>
        <source>E&amp;xpires (a new batch found)</source>
        <translation>&amp;Жарактуулук мөөнөтү (жаңы партия табылды)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Эскертме</translation>
    </message>
    <message>
        <source>comes into stock</source>
        <translation>калдыкка кошулат</translation>
    </message>
    <message>
        <source>goes out of stock</source>
        <translation>калдыктан чыгат</translation>
    </message>
    <message>
        <source>Enter how much, more than zero.</source>
        <translation>Нөлдөн көп санды териңиз.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ApprovalDialog</name>
    <message>
        <source>locked until %1</source>
        <translation>%1 чейин бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Choose the manager who approves.</source>
        <translation>Уруксат бере турган менеджерди тандаңыз.</translation>
    </message>
    <message>
        <source>The manager enters their PIN.</source>
        <translation>Менеджер өз PIN-кодун терет.</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Менеджердин уруксаты</translation>
    </message>
    <message>
        <source>A manager approves with their PIN</source>
        <translation>Менеджер өз PIN-коду менен уруксат берет</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Менеджер</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Себеби (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Жокко чыгаруу (Esc)</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Уруксат берүү (Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AuditPage</name>
    <message>
        <source>All actions</source>
        <translation>Бардык аракеттер</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Бардык колдонуучулар</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked, none altered or missing.</source>
        <translation>Аудит журналы бүтүн: %1 жазуу текшерилди, бири да өзгөртүлгөн же жоголгон эмес.</translation>
    </message>
    <message>
        <source>The audit log was altered: %1 problems found in %2 entries. Keep this computer as it is and tell head office.</source>
        <translation>Аудит журналы өзгөртүлгөн: %2 жазуудан %1 көйгөй табылды. Бул компьютерди ушул абалында калтырып, башкы кеңсеге билдириңиз.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… жана дагы %1.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Чынжырды текшерүү</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was edited or deleted</source>
        <translation>Аудит журналынын эч бир жазуусу өзгөртүлбөгөнүн же өчүрүлбөгөнүн текшерүү</translation>
    </message>
    <message>
        <source>Choose an entry to see all of its details.</source>
        <translation>Толук маалыматын көрүү үчүн жазууну тандаңыз.</translation>
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
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <source>Shop / device</source>
        <translation>Дүкөн / түзмөк</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CartTableModel</name>
    <message>
        <source>Price changed with approval; the catalogue&apos;s price is %1.</source>
        <translation>Баа уруксат менен өзгөртүлдү; каталогдогу баасы %1.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баасы</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Арзандатуу</translation>
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
        <translation>%1-смена ачылды, баштапкы накталай %2.</translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation>Кассага %1 салынды.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>Кассадан %1 алынды.</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>Сменаны ачуу</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it: the shift starts with this float.</source>
        <translation>Кассадагы накталайды санап, сумманы жазыңыз: смена ушул баштапкы накталай менен башталат.</translation>
    </message>
    <message>
        <source>Float, som</source>
        <translation>Баштапкы накталай, сом</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Кассага салуу</translation>
    </message>
    <message>
        <source>Cash put into the drawer that is not from a sale, such as change from the bank.</source>
        <translation>Сатуудан эмес, кассага салынган накталай, мисалы банктан алынган майда акча.</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Салуу</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Кассадан алуу</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer that is not a refund. The drawer should hold %1 now.</source>
        <translation>Кайтаруу үчүн эмес, кассадан алынган накталай. Азыр кассада %1 болушу керек.</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Алуу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
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
        <translation>Айырма жок</translation>
    </message>
    <message>
        <source>Difference: short</source>
        <translation>Айырма: жетишпейт</translation>
    </message>
    <message>
        <source>Difference: over</source>
        <translation>Айырма: ашыкча</translation>
    </message>
    <message>
        <source>Close shift %1</source>
        <translation>%1-сменаны жабуу</translation>
    </message>
    <message>
        <source>Count the cash in the drawer: how many of each note and coin. Enter goes to the next count.</source>
        <translation>Кассадагы накталайды санаңыз: ар бир купюра жана монета канча. Enter — кийинки талаага өтүү.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Купюралар</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Монеталар</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Кассада болушу керек</translation>
    </message>
    <message>
        <source>Clear the counts</source>
        <translation>Эсепти тазалоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Keep the shift open (Esc)</source>
        <translation>Сменаны ачык калтыруу (Esc)</translation>
    </message>
    <message>
        <source>Close the shift (Ctrl+Enter)</source>
        <translation>Сменаны жабуу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Closes the shift with this count and prints its numbered Z report</source>
        <translation>Сменаны ушул эсеп менен жабат жана анын номерленген Z-отчётун басып чыгарат</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CommissionRatesDialog</name>
    <message>
        <source>Commission by category: %1</source>
        <translation>Категориялар боюнча комиссия: %1</translation>
    </message>
    <message>
        <source>The shop keeps %1 of what the goods of %2 sell for. A category listed here has a rate of its own instead.</source>
        <translation>Дүкөн %2 өндүрүүчүсүнүн товарлары сатылган сумманын %1 алып калат. Бул тизмедеги категориянын анын ордуна өз ставкасы бар.</translation>
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
        <translation>&amp;Ставканы коюу</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>Ставканы &amp;алып салуу</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change commission rates.</source>
        <translation>Комиссиянын ставкаларын менеджер же администратор гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>%1: %2 from now on.</source>
        <translation>%1: мындан ары %2.</translation>
    </message>
    <message>
        <source>%1: the producer&apos;s own rate, %2, applies again.</source>
        <translation>%1: кайрадан өндүрүүчүнүн өз ставкасы (%2) колдонулат.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::DashboardLists</name>
    <message>
        <source>Products selling most</source>
        <translation>Эң көп сатылгандар</translation>
    </message>
    <message>
        <source>In stock, selling least</source>
        <translation>Калдыкта бар, эң аз сатылгандар</translation>
    </message>
    <message>
        <source>Below the minimum: %1</source>
        <translation>Минимумдан аз: %1</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>Минимумдан аз</translation>
    </message>
    <message>
        <source>Cash differences at closing: %1 of %2 shifts</source>
        <translation>Жабууда накталай айырмасы: %2 сменанын %1</translation>
    </message>
    <message>
        <source>Cash differences at closing</source>
        <translation>Жабууда накталай айырмасы</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Сатылган</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Калдык</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылган</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Nothing sold in this period.</source>
        <translation>Бул мезгилде эч нерсе сатылган жок.</translation>
    </message>
    <message>
        <source>No products in stock.</source>
        <translation>Калдыкта товар жок.</translation>
    </message>
    <message>
        <source>No product is below its minimum.</source>
        <translation>Бир да товар минимумдан аз эмес.</translation>
    </message>
    <message>
        <source>Every shift&apos;s cash counted as expected.</source>
        <translation>Бардык сменалардын накталайы туура чыкты.</translation>
    </message>
    <message>
        <source>No shift was closed in this period.</source>
        <translation>Бул мезгилде бир да смена жабылган жок.</translation>
    </message>
    <message>
        <source>All below the minimum…</source>
        <translation>Минимумдан аздардын баары…</translation>
    </message>
    <message>
        <source>All shifts with a difference…</source>
        <translation>Айырмасы бар бардык сменалар…</translation>
    </message>
    <message>
        <source>Short %1 in %2 shifts, over %3 in %4 shifts</source>
        <translation>%2 сменада %1 жетишпестик, %4 сменада %3 ашыкча</translation>
    </message>
    <message>
        <source>%1 · %2, shift %3, closed by %4</source>
        <translation>%1 · %2, смена %3, жапкан %4</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Жетпейт</translation>
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
        <translation>Жапкан</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Эсеп боюнча</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
</context>
<context>
    <name>ovop::ui::DashboardPage</name>
    <message>
        <source>Sales by month</source>
        <translation>Айлар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Күндөр боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Категориялар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Облустар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Producers selling most</source>
        <translation>Эң көп саткан өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Төлөм ыкмалары</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Бул мезгилде сатуулар болгон жок.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сатуулар</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Кайтаруулар</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Акыркы 7 күн</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Акыркы 30 күн</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ушул ай</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Акыркы 3 ай</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Акыркы 12 ай</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Тандалган күндөр</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Мезгил</translation>
    </message>
    <message>
        <source>S&amp;hops</source>
        <translation>&amp;Дүкөндөр</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Кайтаруулар чегерилген сатуулар</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Орточо чек</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Арзандатуулар</translation>
    </message>
    <message>
        <source>Stock value at shelf prices</source>
        <translation>Калдыктын сатуу баасы боюнча наркы</translation>
    </message>
    <message>
        <source>Save or print a report…</source>
        <translation>Отчётту сактоо же басып чыгаруу…</translation>
    </message>
    <message>
        <source>The sales, impact, producers&apos; money or stock report of the period and shops shown: PDF with its charts, CSV, or on paper</source>
        <translation>Көрсөтүлгөн мезгил жана дүкөндөр боюнча сатуу, социалдык таасир, өндүрүүчүлөр менен эсептешүү же калдыктар отчёту: графиктери менен PDF, CSV же кагазга</translation>
    </message>
    <message>
        <source>%1 of %2 shifts closed in the period: short %3, over %4</source>
        <translation>Мезгилде жабылган %2 сменанын %1: жетишпестик %3, ашыкча %4</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>Минимумдан аз товарлар</translation>
    </message>
    <message>
        <source>Cash differences at shift closing</source>
        <translation>Сменаларды жабууда накталай айырмасы</translation>
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
        <translation>Фискалдык регистраторго жөнөтүлгөн жок</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Кайтаруу</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Сатуу</translation>
    </message>
    <message>
        <source>%1 %2: not sent yet</source>
        <translation>%1 %2: азырынча жөнөтүлгөн жок</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: refused %n time(s): %3</source>
        <translation>
            <numerusform>%1 %2: регистратор %n жолу кабыл алган жок: %3</numerusform>
            <numerusform>%1 %2: регистратор %n жолу кабыл алган жок: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) wait for the register. Retry sends them again.</source>
        <translation>
            <numerusform>%n документ регистраторго жөнөтүлүүнү күтүп жатат. «Кайталоо» аларды кайра жөнөтөт.</numerusform>
            <numerusform>%n документ регистраторго жөнөтүлүүнү күтүп жатат. «Кайталоо» аларды кайра жөнөтөт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ovop::ui::GroupSalesDialog</name>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сатуулар</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Кайтаруулар</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message>
        <source>Choose a row above to see its sales.</source>
        <translation>Сатууларын көрүү үчүн жогорудан сапты тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sale(s), %2</source>
        <translation>
            <numerusform>%1: %n сатуу, %2</numerusform>
            <numerusform>%1: %n сатуу, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), %1</source>
        <translation>
            <numerusform>%n кайтаруу, %1</numerusform>
            <numerusform>%n кайтаруу, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>таза %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown: the newest %1 are listed.</source>
        <translation>
            <numerusform>Дагы %n көрсөтүлгөн жок: акыркы %1 тизмеленди.</numerusform>
            <numerusform>Дагы %n көрсөтүлгөн жок: акыркы %1 тизмеленди.</numerusform>
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
        <translation>Датасы</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкөн</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Return of sale %1</source>
        <translation>%1 сатуусу боюнча кайтаруу</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Сатуу</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Кайтарылды: %1</translation>
    </message>
</context>
<context>
    <name>ovop::ui::HistoryDialog</name>
    <message>
        <source>Stock history: %1</source>
        <translation>Товардын кыймыл тарыхы: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Кыймыл</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабуу (Esc)</translation>
    </message>
    <message>
        <source>This product has no stock movements yet.</source>
        <translation>Бул товардын азырынча кыймылы жок.</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>column header: the quantity moved</comment>
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>ovop::ui::HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Кош келиңиз, %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкөн</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>белгиленген эмес</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <source>Your pages</source>
        <translation>Сиздин барактар</translation>
    </message>
    <message>
        <source>Your role (%1) has no work pages in this version of the application. Log out when you have finished.</source>
        <translation>Колдонмонун бул версиясында сиздин ролуңуз (%1) үчүн иш барактары жок. Ишиңизди бүткөндө чыгыңыз.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Баскычтоп</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Next language (%1)</source>
        <translation>Кийинки тил (%1)</translation>
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
        <translation>CSV файлын тандаңыз</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлдары (*.csv *.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the file was cancelled. Nothing was imported.</source>
        <translation>Файлды окуу токтотулду. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Импорт токтотулду. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Импорттолду: %1 кошулду, %2 өзгөрдү, %3 өзгөргөн жок.</translation>
    </message>
    <message>
        <source>%1 (%2, separated by “%3”)</source>
        <translation>%1 (%2, бөлгүч “%3”)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n сап: </numerusform>
            <numerusform>%n сап: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 жаңы, %2 өзгөргөн, %3 өзгөрбөгөн.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n көйгөй: файл оңдолмоюнча эч нерсе импорттолбойт.</numerusform>
            <numerusform>%n көйгөй: файл оңдолмоюнча эч нерсе импорттолбойт.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported.</source>
        <translation>Бул файл импорттолду.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Адегенде файл тандаңыз.</translation>
    </message>
    <message>
        <source>Correct the problems listed below in the file, then open it again.</source>
        <translation>Төмөндө көрсөтүлгөн көйгөйлөрдү файлда оңдоп, аны кайра ачыңыз.</translation>
    </message>
    <message>
        <source>Every row is already in the catalogue as the file says: nothing to import.</source>
        <translation>Ар бир сап каталогдо файлдагыдай мурунтан эле бар: импорттой турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Товарларды импорттоо</translation>
    </message>
    <message>
        <source>Import producers</source>
        <translation>Өндүрүүчүлөрдү импорттоо</translation>
    </message>
    <message>
        <source>Import products from a CSV file</source>
        <translation>Товарларды CSV файлынан импорттоо</translation>
    </message>
    <message>
        <source>Import producers from a CSV file</source>
        <translation>Өндүрүүчүлөрдү CSV файлынан импорттоо</translation>
    </message>
    <message>
        <source>Columns are matched by their names in the header row, in any order; required: %1. UTF-8 or Windows-1251, separated by commas or semicolons. Nothing is imported while any row has a problem.</source>
        <translation>Мамычалар баш саптагы аттары боюнча каалаган тартипте таанылат; милдеттүү: %1. UTF-8 же Windows-1251, үтүр же үтүрлүү чекит менен бөлүнгөн. Кайсы бир сапта көйгөй болсо, эч нерсе импорттолбойт.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл тандалган жок</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файл тандоо…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Файлдын саптары</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баасы</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n сапта көйгөй бар.</numerusform>
            <numerusform>%n сапта көйгөй бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a product</comment>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a producer</comment>
        <translation>Аты</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportPreviewModel</name>
    <message>
        <source>new</source>
        <translation>жаңы</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгөргөн</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгөрбөгөн</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>көйгөй</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Өзгөрүүлөр же көйгөйлөр</translation>
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
        <translation>Сап</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Мамыча</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s) copied.</source>
        <translation>
            <numerusform>%n көйгөй көчүрүлдү.</numerusform>
            <numerusform>%n көйгөй көчүрүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-көйгөйлөр.csv</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Көйгөйлөрдү сактоо</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation>Көйгөйлөр %1 файлына сакталды.</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Көйгөйлөр: жок</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Көйгөйлөр (%1)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <source>Copy every problem, to paste into a message or a spreadsheet</source>
        <translation>Бардык көйгөйлөрдү билдирүүгө же таблицага коюу үчүн көчүрүү</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сактоо…</translation>
    </message>
    <message>
        <source>Save the problems as a CSV file</source>
        <translation>Көйгөйлөрдү CSV файлына сактоо</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LabelDialog</name>
    <message>
        <source>no barcode</source>
        <translation>штрих-коду жок</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Басып чыгара турган эч нерсе жок</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) without a barcode are left out: %1. Give them in-store barcodes first.</source>
        <translation>
            <numerusform>Штрих-коду жок %n товар калтырылды: %1. Адегенде аларга дүкөндүн ички штрих-коддорун бериңиз.</numerusform>
            <numerusform>Штрих-коду жок %n товар калтырылды: %1. Адегенде аларга дүкөндүн ички штрих-коддорун бериңиз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) for the selected products</source>
        <translation>
            <numerusform>Тандалган товарлар үчүн %n этикетка</numerusform>
            <numerusform>Тандалган товарлар үчүн %n этикетка</numerusform>
        </translation>
    </message>
    <message>
        <source>In-store barcodes were given to the products that had none.</source>
        <translation>Штрих-коду жок товарларга дүкөндүн ички штрих-коддору берилди.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Этикеткаларды PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <source>None of the selected products has a barcode: give them in-store barcodes first.</source>
        <translation>Тандалган товарлардын биринде да штрих-код жок: адегенде аларга дүкөндүн ички штрих-коддорун бериңиз.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n этикетка %1 файлына сакталды.</numerusform>
            <numerusform>%n этикетка %1 файлына сакталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Этикеткаларды басып чыгаруу</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикеткалар</translation>
    </message>
    <message>
        <source>A4 sheet, 24 labels (63.5 × 33.9 mm)</source>
        <translation>A4 барагы, 24 этикетка (63,5 × 33,9 мм)</translation>
    </message>
    <message>
        <source>Single labels for a 58 mm label printer</source>
        <translation>58 мм этикетка принтери үчүн өзүнчө этикеткалар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>Ар биринин нускасы</translation>
    </message>
    <message>
        <source>Preview of the first label</source>
        <translation>Биринчи этикетканы алдын ала көрүү</translation>
    </message>
    <message>
        <source>Give in-store barcodes</source>
        <translation>Ички штрих-коддорду берүү</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сактоо…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to the printer %1.</source>
        <translation>
            <numerusform>%n этикетка %1 принтерине жөнөтүлдү.</numerusform>
            <numerusform>%n этикетка %1 принтерине жөнөтүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Өткөрүп жиберүү</translation>
    </message>
    <message>
        <source>labels already used at the start of the sheet</source>
        <translation>барактын башындагы колдонулган этикеткалар</translation>
    </message>
    <message>
        <source>To print on a sheet that was used before: the number of labels gone from its start, counted row by row</source>
        <translation>Мурун колдонулган баракка басуу үчүн: барактын башынан сап-сап боюнча канча этикетка жок</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (%1)</source>
        <translation>Бул компьютердин принтеринде басып чыгаруу (%1)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF ачуу</translation>
    </message>
    <message>
        <source>Open the saved file in the PDF viewer</source>
        <translation>Сакталган файлды PDF көрүүчү программада ачуу</translation>
    </message>
    <message>
        <source>Save the labels as a PDF file (%1)</source>
        <translation>Этикеткаларды PDF файлына сактоо (%1)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LanguageSwitch</name>
    <message>
        <source>Switch the language to %1 (F9: next language)</source>
        <translation>Тилди %1 тилине которуу (F9: кийинки тил)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LoginWindow</name>
    <message>
        <source>Choose your name first</source>
        <translation>Адегенде атыңызды тандаңыз</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>%1 үчүн PIN-код</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter or &quot;Log in&quot;.</source>
        <translation>PIN-кодуңузду терип, Enter же «Кирүү» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>OVOP shop — log in</source>
        <translation>OVOP дүкөнү — кирүү</translation>
    </message>
    <message>
        <source>OVOP shop</source>
        <translation>OVOP дүкөнү</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Ким иштейт?</translation>
    </message>
    <message>
        <source>There are no active users in this database. Create the first administrator with &quot;ovopctl init&quot;, or ask an administrator to enable your account.</source>
        <translation>Бул маалымат базасында иштеп жаткан колдонуучулар жок. Биринчи администраторду «ovopctl init» менен түзүңүз же каттоо жазууңузду иштетүүнү администратордон сураңыз.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Type the PIN with the keyboard or the pad. Enter logs in, Esc clears, F9 switches the language.</source>
        <translation>PIN-кодду баскычтоп же экрандагы панель менен териңиз. Enter — кирүү, Esc — тазалоо, F9 — тилди алмаштыруу.</translation>
    </message>
    <message>
        <source>Choose your name in the list first, then type your PIN.</source>
        <translation>Адегенде тизмеден атыңызды тандап, андан кийин PIN-кодуңузду териңиз.</translation>
    </message>
    <message>
        <source>%1 · locked until %2</source>
        <translation>%1 · %2 чейин бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN-код текшерилүүдө…</translation>
    </message>
</context>
<context>
    <name>ovop::ui::MainWindow</name>
    <message>
        <source>device %1</source>
        <translation>түзмөк %1</translation>
    </message>
    <message>
        <source>daily backup failed: %1</source>
        <translation>күнүмдүк камдык көчүрмө алынган жок: %1</translation>
    </message>
    <message>
        <source>OVOP shop — %1</source>
        <translation>OVOP дүкөнү — %1</translation>
    </message>
    <message>
        <source>OVOP shop</source>
        <translation>OVOP дүкөнү</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Log out (Ctrl+L)</source>
        <translation>Чыгуу (Ctrl+L)</translation>
    </message>
    <message>
        <source>Next language</source>
        <translation>Кийинки тил</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сакталды</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>камдык көчүрмө %1</translation>
    </message>
    <message>
        <source>Shop and taxes</source>
        <translation>Дүкөн жана салыктар</translation>
    </message>
</context>
<context>
    <name>ovop::ui::MinLevelDialog</name>
    <message>
        <source>Minimum level</source>
        <translation>Минималдуу калдык</translation>
    </message>
    <message>
        <source>Below this level the product is low and goes on the reorder list. 0 removes the minimum. On hand: %1 %2.</source>
        <translation>Калдык ушул деңгээлден төмөн болсо, товар аз деп эсептелип, буйрутма тизмесине кирет. 0 минимумду алып салат. Калдык: %1 %2.</translation>
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
        <translation>Датасы:</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ParkedDialog</name>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n сап</numerusform>
            <numerusform>%1 · %n сап</numerusform>
        </translation>
    </message>
    <message>
        <source>No cart is parked on this till.</source>
        <translation>Бул кассада кийинкиге калтырылган чек жок.</translation>
    </message>
    <message>
        <source>Parked carts</source>
        <translation>Кийинкиге калтырылган чектер</translation>
    </message>
    <message>
        <source>Choose a cart with Up and Down, Enter brings it back, Esc leaves.</source>
        <translation>Чекти өйдө жана ылдый жебелер менен тандаңыз, Enter — кайра ачуу, Esc — чыгуу.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Жокко чыгаруу (Esc)</translation>
    </message>
    <message>
        <source>Recall (Enter)</source>
        <translation>Кайра ачуу (Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PayDialog</name>
    <message>
        <source>Pay %1</source>
        <translation>Төлөө: %1</translation>
    </message>
    <message>
        <source>Pay %1 to %2 (%3) for statement %4, %5 to %6.</source>
        <translation>%2 (%3) өндүрүүчүсүнө %4 отчёту боюнча (%5 – %6) %1 төлөө.</translation>
    </message>
    <message>
        <source>Payment details: %1</source>
        <translation>Төлөм реквизиттери: %1</translation>
    </message>
    <message>
        <source>Cash from the drawer</source>
        <translation>Кассадан накталай</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банк которуусу</translation>
    </message>
    <message>
        <source>Mobile wallet</source>
        <translation>Мобилдик капчык</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Ыкма</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Операциянын номери</translation>
    </message>
    <message>
        <source>Give the transfer&apos;s reference, as the receipt of the bank or wallet shows it.</source>
        <translation>Которуунун операция номерин банктын же капчыктын чегинде көрсөтүлгөндөй жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PaymentDialog</name>
    <message>
        <source>Choose the card&apos;s scheme (Alt+1 … Alt+5).</source>
        <translation>Картанын төлөм системасын тандаңыз (Alt+1 … Alt+5).</translation>
    </message>
    <message>
        <source>QR payments are not set up on this till: a manager enters the shop&apos;s ELQR link in the settings.</source>
        <translation>Бул кассада QR төлөм жөндөлгөн эмес: менеджер дүкөндүн ELQR шилтемесин жөндөөлөргө киргизиши керек.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Накталай</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Төлөм нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>A card or QR payment is at most what is left to pay (%1): only cash gives change.</source>
        <translation>Карта же QR менен төлөм калган сумманан (%1) ашпашы керек: кайтарым накталайдан гана берилет.</translation>
    </message>
    <message>
        <source>Leave the payment</source>
        <translation>Төлөмдөн чыгуу</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) entered will be dropped and the sale stays open. Leave the payment?</source>
        <translation>
            <numerusform>Киргизилген %n төлөм жокко чыгарылат, сатуу ачык бойдон калат. Төлөмдөн чыгасызбы?</numerusform>
            <numerusform>Киргизилген %n төлөм жокко чыгарылат, сатуу ачык бойдон калат. Төлөмдөн чыгасызбы?</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Калуу</translation>
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
        <translation>Кайтарым</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Калган төлөм</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлөм</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Төлөөгө</translation>
    </message>
    <message>
        <source>Receipt in:</source>
        <translation>Чектин тили:</translation>
    </message>
    <message>
        <source>Cash (F2)</source>
        <translation>Накталай (F2)</translation>
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
        <translation>Кардар берет:</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Кайтарымсыз</translation>
    </message>
    <message>
        <source>&amp;Cash received (Enter: exactly what is left)</source>
        <translation>&amp;Алынган накталай (Enter: калган сумма так)</translation>
    </message>
    <message>
        <source>Card scheme (Alt+1 … Alt+5)</source>
        <translation>Карта системасы (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>&amp;Amount on the card (Enter: what is left)</source>
        <translation>&amp;Карта менен сумма (Enter: калган сумма)</translation>
    </message>
    <message>
        <source>Last four digits or authorisation code (optional)</source>
        <translation>Акыркы төрт цифра же авторизация коду (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>The terminal approved (Enter)</source>
        <translation>Терминал ырастады (Enter)</translation>
    </message>
    <message>
        <source>The bank&apos;s reference (optional)</source>
        <translation>Банктын операция номери (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Paid (Enter)</source>
        <translation>Төлөндү (Enter)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Төлөмдөр</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Алып салуу (Del)</translation>
    </message>
    <message>
        <source>Remove the chosen payment (Del)</source>
        <translation>Тандалган төлөмдү алып салуу (Del)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Жокко чыгаруу (Esc)</translation>
    </message>
    <message>
        <source>Complete (Enter)</source>
        <translation>Аяктоо (Enter)</translation>
    </message>
    <message>
        <source>The customer scans the code; the amount is filled in. Press Enter when the customer&apos;s app shows the payment succeeded.</source>
        <translation>Кардар кодду сканерлейт; сумма өзү толтурулат. Кардардын колдонмосу төлөм ийгиликтүү өткөнүн көрсөткөндө Enter басыңыз.</translation>
    </message>
    <message>
        <source>The customer scans the shop&apos;s QR code and types the amount %1. Press Enter when the customer&apos;s app shows the payment succeeded.</source>
        <translation>Кардар дүкөндүн QR-кодун сканерлеп, %1 сумманы терет. Кардардын колдонмосу төлөм ийгиликтүү өткөнүн көрсөткөндө Enter басыңыз.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PayoutsPage</name>
    <message>
        <source>&amp;Producer</source>
        <translation>&amp;Өндүрүүчү</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Башталышы</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Аягы</translation>
    </message>
    <message>
        <source>Make statement</source>
        <translation>Отчёт түзүү</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>Төлөө…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Return goods to producer…</source>
        <translation>Товарды өндүрүүчүгө кайтаруу…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Only a manager gives goods back to a producer.</source>
        <translation>Товарды өндүрүүчүгө менеджер гана кайтара алат.</translation>
    </message>
    <message>
        <source>No consignment producers.</source>
        <translation>Консигнациядагы өндүрүүчүлөр жок.</translation>
    </message>
    <message>
        <source>Not on a statement yet: %1 owed.</source>
        <translation>Отчётко кире элек: %1 эсептелди.</translation>
    </message>
    <message>
        <source>Sold %1 − returned %2 − commission %3 = owed %4; paid %5, due %6.</source>
        <translation>Сатылды %1 − кайтарылды %2 − комиссия %3 = эсептелди %4; төлөндү %5, төлөнө турган %6.</translation>
    </message>
    <message>
        <source>Statement %1 made: %2 owed to %3.</source>
        <translation>%1 отчёту түзүлдү: %3 өндүрүүчүсүнө %2 тиешелүү.</translation>
    </message>
    <message>
        <source>Choose a statement first.</source>
        <translation>Адегенде отчётту тандаңыз.</translation>
    </message>
    <message>
        <source>Payout %1: %2 paid to %3.</source>
        <translation>%1 төлөмү: %3 өндүрүүчүсүнө %2 төлөндү.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 файлына сакталды.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>%1 отчёту принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Return %1 recorded.</source>
        <translation>%1 кайтаруусу жазылды.</translation>
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
        <translation>Тазалоо</translation>
    </message>
    <message>
        <source>Clear the PIN (Esc)</source>
        <translation>PIN-кодду тазалоо (Esc)</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Акыркы санды өчүрүү (Backspace)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Акыркы санды өчүрүү</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerEditor</name>
    <message>
        <source>Type the village&apos;s name…</source>
        <translation>Айылдын аталышын териңиз…</translation>
    </message>
    <message>
        <source>No village is called &quot;%1&quot;. Choose one from the list, or add the village in Settings first.</source>
        <translation>«%1» деген айыл жок. Тизмеден тандаңыз же адегенде айылды Жөндөөлөргө кошуңуз.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Эч нерсе сакталган жок: кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue: none on record. Plan a visit and record it here.</source>
        <translation>Эмгек шарттарын текшерүү сапарынын мөөнөтү өткөн: бир да сапар катталган эмес. Сапарды пландап, бул жерге жазыңыз.</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue: the last one was on %1, more than 12 months ago.</source>
        <translation>Эмгек шарттарын текшерүү сапарынын мөөнөтү өткөн: акыркысы %1 болгон, 12 айдан ашык мурун.</translation>
    </message>
    <message>
        <source>Working-conditions visit up to date; the next is due by %1.</source>
        <translation>Эмгек шарттарын текшерүү сапары өз убагында; кийинкисинин мөөнөтү: %1.</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Жаңы өндүрүүчү</translation>
    </message>
    <message>
        <source>Producer %1</source>
        <translation>%1 өндүрүүчүсү</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>Тиешелүү текшерүү</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүчөлөр</translation>
    </message>
    <message>
        <source>Of them women</source>
        <translation>Алардын ичинен аялдар</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Аялдар жетектеген</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Төлөм реквизиттери</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Fair-price basis</source>
        <translation>Адилет бааның негизи</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Акыркы сапар</translation>
    </message>
    <message>
        <source>Visit result</source>
        <translation>Сапардын жыйынтыгы</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Кийинки кадамдар</translation>
    </message>
    <message>
        <source>Child-labour check</source>
        <translation>Балдар эмгегин текшерүү</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Текшерүүнүн жыйынтыгы</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <translation>Материалдар жана боёктор</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <translation>Экологиялык практика</translation>
    </message>
    <message>
        <source>Exempt-seller document No.</source>
        <translation>Салыктан бошотулган сатуучунун документинин №</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Сертификаттын №</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Сертификаттын датасы</translation>
    </message>
    <message>
        <source>e.g. BOS-01</source>
        <translation>мисалы, BOS-01</translation>
    </message>
    <message>
        <source>e.g. +996 555 123 456</source>
        <translation>мисалы, +996 555 123 456</translation>
    </message>
    <message>
        <source>bank account, card or cash</source>
        <translation>банк эсеби, карта же накталай</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <source>Untick to archive: the producer is kept with their history.</source>
        <translation>Архивге жөнөтүү үчүн белгини алып салыңыз: өндүрүүчү тарыхы менен сакталат.</translation>
    </message>
    <message>
        <source>How the price paid was agreed and where it is documented</source>
        <translation>Төлөнгөн баа кантип макулдашылганы жана кайсы документте жазылганы</translation>
    </message>
    <message>
        <source>e.g. safe workplace, fair hours</source>
        <translation>мисалы, коопсуз жумуш орду, адилет иш убактысы</translation>
    </message>
    <message>
        <source>e.g. no children working</source>
        <translation>мисалы, балдар иштебейт</translation>
    </message>
    <message>
        <source>e.g. local sheep wool, plant dyes</source>
        <translation>мисалы, жергиликтүү кой жүнү, өсүмдүк боёктору</translation>
    </message>
    <message>
        <source>used when buying without a VAT invoice</source>
        <translation>КНС эсеп-фактурасыз сатып алганда колдонулат</translation>
    </message>
    <message>
        <source>OVOP Brand Committee certificate</source>
        <translation>OVOP бренд комитетинин сертификаты</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Led by a woman or by women</source>
        <translation>Аял же аялдар жетектейт</translation>
    </message>
    <message>
        <source>Producer %1 (read only)</source>
        <translation>%1 өндүрүүчүсү (көрүү үчүн гана)</translation>
    </message>
    <message>
        <source>By category…</source>
        <translation>Категориялар боюнча…</translation>
    </message>
    <message>
        <source>Save the producer first; then categories can have rates of their own.</source>
        <translation>Адегенде өндүрүүчүнү сактаңыз; андан кийин категорияларга өз ставкаларын коюуга болот.</translation>
    </message>
    <message>
        <source>Commission rates of single categories of this producer&apos;s goods</source>
        <translation>Бул өндүрүүчүнүн товарларынын айрым категориялары үчүн комиссия ставкалары</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerReturnDialog</name>
    <message>
        <source>Return goods to the producer</source>
        <translation>Товарды өндүрүүчүгө кайтаруу</translation>
    </message>
    <message>
        <source>Scan or type a SKU or barcode, then Enter</source>
        <translation>Артикулду же штрих-кодду сканерлеңиз же териңиз, анан Enter басыңыз</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Товарлар</translation>
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
        <translation>Саны</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Эскертме</translation>
    </message>
    <message>
        <source>Give back (Ctrl+Enter)</source>
        <translation>Кайтаруу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save document as PDF… (Ctrl+S)</source>
        <translation>Документти PDF катары сактоо… (Ctrl+S)</translation>
    </message>
    <message>
        <source>This return is recorded already.</source>
        <translation>Бул кайтаруу буга чейин жазылган.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>%1 коду менен товар жок.</translation>
    </message>
    <message>
        <source>%1 is another producer&apos;s: only this producer&apos;s goods go back.</source>
        <translation>%1 — башка өндүрүүчүнүн товары: ушул өндүрүүчүнүн товарлары гана кайтарылат.</translation>
    </message>
    <message>
        <source>Give a quantity of more than zero.</source>
        <translation>Нөлдөн көп санды көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Return %1 recorded: save or print its document for both to sign.</source>
        <translation>%1 кайтаруусу жазылды: эки тарап кол коюшу үчүн анын документин сактаңыз же басып чыгарыңыз.</translation>
    </message>
    <message>
        <source>Record the return first.</source>
        <translation>Адегенде кайтарууну жазыңыз.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 файлына сакталды.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Саны</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerTableModel</name>
    <message>
        <source>No working-conditions visit on record: plan one.</source>
        <translation>Эмгек шарттарын текшерүү сапары катталган эмес: аны пландаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The last working-conditions visit was on %1, more than %n month(s) ago: plan the next one.</source>
        <translation>
            <numerusform>Эмгек шарттарын текшерүү боюнча акыркы сапар %1 болгон, %n айдан ашык мурун: кийинкисин пландаңыз.</numerusform>
            <numerusform>Эмгек шарттарын текшерүү боюнча акыркы сапар %1 болгон, %n айдан ашык мурун: кийинкисин пландаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next working-conditions visit due by %1.</source>
        <translation>Эмгек шарттарын текшерүү боюнча кийинки сапардын мөөнөтү: %1.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <source>%1 members, of them %2 women</source>
        <translation>%1 мүчө, алардын ичинен %2 аял</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue (none, or more than 12 months ago)</source>
        <translation>Эмгек шарттарын текшерүү сапарынын мөөнөтү өткөн (болгон эмес же 12 айдан ашык мурун болгон)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>Members / women</source>
        <translation>Мүчөлөр / аялдар</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Аялдар жетектеген</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Акыркы сапар</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducersPage</name>
    <message numerus="yes">
        <source>%n producer(s) shown</source>
        <translation>
            <numerusform>%n өндүрүүчү көрсөтүлдү</numerusform>
            <numerusform>%n өндүрүүчү көрсөтүлдү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) with a working-conditions visit overdue</source>
        <translation>
            <numerusform>Эмгек шарттарын текшерүү сапарынын мөөнөтү өткөн %n өндүрүүчү</numerusform>
            <numerusform>Эмгек шарттарын текшерүү сапарынын мөөнөтү өткөн %n өндүрүүчү</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Сатууга кайтаруу</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивге</translation>
    </message>
    <message>
        <source>The producer %1 was added.</source>
        <translation>%1 өндүрүүчүсү кошулду.</translation>
    </message>
    <message>
        <source>The producer %1 was saved.</source>
        <translation>%1 өндүрүүчүсү сакталды.</translation>
    </message>
    <message>
        <source>The producer %1 is active again.</source>
        <translation>%1 өндүрүүчүсү кайрадан активдүү.</translation>
    </message>
    <message>
        <source>The producer %1 was archived.</source>
        <translation>%1 өндүрүүчүсү архивге жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed.</source>
        <translation>Импорттолду: %1 кошулду, %2 өзгөрдү.</translation>
    </message>
    <message>
        <source>Export producers</source>
        <translation>Өндүрүүчүлөрдү экспорттоо</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) written to %1.</source>
        <translation>
            <numerusform>%n өндүрүүчү %1 файлына жазылды.</numerusform>
            <numerusform>%n өндүрүүчү %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the producers to %1…</source>
        <translation>Өндүрүүчүлөр %1 файлына жазылууда…</translation>
    </message>
    <message>
        <source>Filter: name, code or village</source>
        <translation>Чыпка: аты, коду же айылы</translation>
    </message>
    <message>
        <source>Visit overdue only</source>
        <translation>Сапарынын мөөнөтү өткөндөр гана</translation>
    </message>
    <message>
        <source>Producers with no working-conditions visit in the last 12 months</source>
        <translation>Акыркы 12 айда эмгек шарттарын текшерүү сапары болбогон өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивде</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Бардык өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Жаңы өндүрүүчү</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <source>Active producers</source>
        <translation>Активдүү өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Add a producer</source>
        <translation>Өндүрүүчү кошуу</translation>
    </message>
    <message>
        <source>Change the selected producer (or Enter in the table)</source>
        <translation>Тандалган өндүрүүчүнү өзгөртүү (же таблицада Enter)</translation>
    </message>
    <message>
        <source>Open the selected producer (or Enter in the table)</source>
        <translation>Тандалган өндүрүүчүнү ачуу (же таблицада Enter)</translation>
    </message>
    <message>
        <source>Make the producer active again</source>
        <translation>Өндүрүүчүнү кайра активдүү кылуу</translation>
    </message>
    <message>
        <source>Archive the selected producer</source>
        <translation>Тандалган өндүрүүчүнү архивге жөнөтүү</translation>
    </message>
    <message>
        <source>Add or change producers from a spreadsheet (CSV)</source>
        <translation>Өндүрүүчүлөрдү таблицадан (CSV) кошуу же өзгөртүү</translation>
    </message>
    <message>
        <source>Write every producer to a spreadsheet (CSV)</source>
        <translation>Бардык өндүрүүчүлөрдү таблицага (CSV) жазуу</translation>
    </message>
    <message>
        <source>Archive producer</source>
        <translation>Өндүрүүчүнү архивге жөнөтүү</translation>
    </message>
    <message>
        <source>Archive the producer “%1” (%2)?</source>
        <translation>«%1» (%2) өндүрүүчүсүн архивге жөнөтөсүзбү?</translation>
    </message>
    <message>
        <source>They are kept with their history and products. You can undo this.</source>
        <translation>Өндүрүүчү тарыхы жана товарлары менен сакталат. Муну жокко чыгарууга болот.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductEditor</name>
    <message>
        <source>There is no product with the SKU %1 any more; saving adds it as a new product.</source>
        <translation>%1 артикулу менен товар мындан ары жок; сактасаңыз, ал жаңы товар катары кошулат.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— тандаңыз —</translation>
    </message>
    <message>
        <source>Type a name or code…</source>
        <translation>Атын же кодун териңиз…</translation>
    </message>
    <message>
        <source>No producer is called &quot;%1&quot;. Choose one from the list.</source>
        <translation>«%1» деген өндүрүүчү жок. Тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>The product was saved, but not its photo.</source>
        <translation>Товар сакталды, бирок анын сүрөтү сакталган жок.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Эч нерсе сакталган жок: кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Choose another picture.</source>
        <translation>%1 файлын окуу мүмкүн эмес. Башка сүрөт тандаңыз.</translation>
    </message>
    <message>
        <source>This file is not a picture. Choose a PNG or JPEG photo.</source>
        <translation>Бул файл сүрөт эмес. PNG же JPEG сүрөтүн тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Сүрөт тандаңыз</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Сүрөттөр (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Сүрөт жок</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Жаңы товар</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>%1 товарын өзгөртүү</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Origin and story</source>
        <translation>Келип чыгышы жана тарыхы</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрих-коддор</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Аталышы (орусча)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Аталышы (англисче)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Price, som</source>
        <translation>Баасы, сом</translation>
    </message>
    <message>
        <source>Tax group</source>
        <translation>Салык тобу</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Сатууда</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Story (Kyrgyz)</source>
        <translation>Тарыхы (кыргызча)</translation>
    </message>
    <message>
        <source>Story (Russian)</source>
        <translation>Тарыхы (орусча)</translation>
    </message>
    <message>
        <source>Story (English)</source>
        <translation>Тарыхы (англисче)</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Сертификаттын №</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Сертификаттын датасы</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>e.g. FLT-001</source>
        <translation>мисалы, FLT-001</translation>
    </message>
    <message>
        <source>EAN-13, EAN-8 or UPC-A; several separated by spaces</source>
        <translation>EAN-13, EAN-8 же UPC-A; бир нечеси боштук менен бөлүнөт</translation>
    </message>
    <message>
        <source>e.g. 1250 or 1250,50</source>
        <translation>мисалы, 1250 же 1250,50</translation>
    </message>
    <message>
        <source>e.g. sheep wool, natural dyes</source>
        <translation>мисалы, кой жүнү, табигый боёктор</translation>
    </message>
    <message>
        <source>OVOP Brand Committee certificate</source>
        <translation>OVOP бренд комитетинин сертификаты</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Сүрөт тандоо…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Сүрөттү алып салуу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Untick to archive: the product is kept with its history but no longer sold.</source>
        <translation>Архивге жөнөтүү үчүн белгини алып салыңыз: товар тарыхы менен сакталат, бирок мындан ары сатылбайт.</translation>
    </message>
    <message>
        <source>For goods with a best-before date, such as honey and cosmetics.</source>
        <translation>Бал жана косметика сыяктуу жарактуулук мөөнөтү бар товарлар үчүн.</translation>
    </message>
    <message>
        <source>Give a handmade product an in-store EAN-13 barcode from the shop&apos;s own range (20…29)</source>
        <translation>Кол менен жасалган товарга дүкөндүн өз диапазонунан (20…29) ички EAN-13 штрих-кодун берүү</translation>
    </message>
    <message>
        <source>Track batches and expiry dates</source>
        <translation>Партияларды жана жарактуулук мөөнөттөрүн эсепке алуу</translation>
    </message>
    <message>
        <source>Product %1 (read only)</source>
        <translation>%1 товары (көрүү үчүн гана)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductTableModel</name>
    <message>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивде</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баасы</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Калдык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductsPage</name>
    <message>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message>
        <source>All oblasts</source>
        <translation>Бардык облустар</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Бардык өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Сатууда</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивде</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Бардык товарлар</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Бардык айылдар</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 products: type more of a name or choose a filter to narrow the list.</source>
        <translation>%2 товардын алгачкы %1 көрсөтүлүүдө: тизмени кыскартуу үчүн аталыштын көбүрөөк бөлүгүн териңиз же чыпка тандаңыз.</translation>
    </message>
    <message>
        <source>No product matches “%1”. Try part of a word, the SKU or the barcode.</source>
        <translation>“%1” боюнча бир да товар табылган жок. Сөздүн бир бөлүгүн, артикулду же штрих-кодду байкап көрүңүз.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товар</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Сатууга кайтаруу</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивге</translation>
    </message>
    <message>
        <source>Select the products to label in the table first.</source>
        <translation>Адегенде таблицадан этикетка керек товарларды тандаңыз.</translation>
    </message>
    <message>
        <source>The product %1 was added.</source>
        <translation>%1 товары кошулду.</translation>
    </message>
    <message>
        <source>The product %1 was saved.</source>
        <translation>%1 товары сакталды.</translation>
    </message>
    <message>
        <source>The product %1 is on sale again.</source>
        <translation>%1 товары кайрадан сатууда.</translation>
    </message>
    <message>
        <source>The product %1 was archived: it is kept with its history but no longer sold.</source>
        <translation>%1 товары архивге жөнөтүлдү: ал тарыхы менен сакталат, бирок мындан ары сатылбайт.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed.</source>
        <translation>Импорттолду: %1 кошулду, %2 өзгөрдү.</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, үтүр менен бөлүнгөн (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel in Russian or Kyrgyz, semicolon separated (*.csv)</source>
        <translation>Орусча же кыргызча Excel үчүн CSV, үтүрлүү чекит менен бөлүнгөн (*.csv)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Товарларды экспорттоо</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation>
            <numerusform>%n товар %1 файлына жазылды.</numerusform>
            <numerusform>%n товар %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the products to %1…</source>
        <translation>Товарлар %1 файлына жазылууда…</translation>
    </message>
    <message>
        <source>Search: barcode, SKU, name in any language, producer or village</source>
        <translation>Издөө: штрих-код, артикул, каалаган тилдеги аталышы, өндүрүүчү же айыл</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Oblast of the producer&apos;s village</source>
        <translation>Өндүрүүчүнүн айылынын облусу</translation>
    </message>
    <message>
        <source>Producer&apos;s village</source>
        <translation>Өндүрүүчүнүн айылы</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>On sale, archived or all products</source>
        <translation>Сатуудагы, архивдеги же бардык товарлар</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Жаңы товар</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <source>Print price labels for the selected products</source>
        <translation>Тандалган товарлар үчүн баа этикеткаларын басып чыгаруу</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Этикеткалар…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Товар кошуу</translation>
    </message>
    <message>
        <source>Change the selected product (or Enter in the table)</source>
        <translation>Тандалган товарды өзгөртүү (же таблицада Enter)</translation>
    </message>
    <message>
        <source>Open the selected product (or Enter in the table)</source>
        <translation>Тандалган товарды ачуу (же таблицада Enter)</translation>
    </message>
    <message>
        <source>Put the product on sale again</source>
        <translation>Товарды кайра сатууга кайтаруу</translation>
    </message>
    <message>
        <source>Archive the selected product</source>
        <translation>Тандалган товарды архивге жөнөтүү</translation>
    </message>
    <message>
        <source>Add or change products from a spreadsheet (CSV)</source>
        <translation>Товарларды таблицадан (CSV) кошуу же өзгөртүү</translation>
    </message>
    <message>
        <source>Write every product to a spreadsheet (CSV)</source>
        <translation>Бардык товарларды таблицага (CSV) жазуу</translation>
    </message>
    <message>
        <source>Archive the product “%1” (%2)?</source>
        <translation>«%1» (%2) товарын архивге жөнөтөсүзбү?</translation>
    </message>
    <message>
        <source>Its stock on hand could not be read.</source>
        <translation>Анын калдыгын окуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>On hand: %1.</source>
        <translation>Калдык: %1.</translation>
    </message>
    <message>
        <source>It is kept with its history but no longer sold. You can undo this.</source>
        <translation>Товар тарыхы менен сакталат, бирок мындан ары сатылбайт. Муну жокко чыгарууга болот.</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>Товарды архивге жөнөтүү</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiptPreviewDialog</name>
    <message>
        <source>%1 was sent to the printer %2.</source>
        <translation>%1: %2 принтерине жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 файлына сакталды.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (%1)</source>
        <translation>Бул компьютердин принтеринде басып чыгаруу (%1)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сактоо…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1)</source>
        <translation>PDF файлы катары сактоо (%1)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF ачуу</translation>
    </message>
    <message>
        <source>Open the saved PDF file</source>
        <translation>Сакталган PDF файлын ачуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабуу (Esc)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>Товар кабыл алуу</translation>
    </message>
    <message>
        <source>&amp;Producer</source>
        <translation>&amp;Өндүрүүчү</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Шарттар</translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;document</source>
        <translation>Жеткирүүчүнүн &amp;документи</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Д&amp;атасы</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Эскертме</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Штрих-кодду же артикулду сканерлеңиз же териңиз, анан Enter басыңыз</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Кошуу (Enter)</translation>
    </message>
    <message>
        <source>Remove line (%1)</source>
        <translation>Сапты алып салуу (%1)</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Товарлар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Бирдигинин өздүк наркы</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Жарактуулук мөөнөтү</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Сактоо (%1)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Жокко чыгаруу (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of another producer&apos;s goods were taken off the delivery.</source>
        <translation>
            <numerusform>Башка өндүрүүчүнүн товарынын %n сабы жеткирүүдөн алынып салынды.</numerusform>
            <numerusform>Башка өндүрүүчүнүн товарынын %n сабы жеткирүүдөн алынып салынды.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product has the barcode or SKU “%1”.</source>
        <translation>«%1» штрих-коду же артикулу менен товар жок.</translation>
    </message>
    <message>
        <source>%1 is archived: put it back on sale before receiving it.</source>
        <translation>%1 архивде: кабыл алуудан мурун аны кайра сатууга чыгарыңыз.</translation>
    </message>
    <message>
        <source>The producer of %1 is archived or unknown.</source>
        <translation>%1 товарынын өндүрүүчүсү архивде же белгисиз.</translation>
    </message>
    <message>
        <source>%1 is made by %2, not by the producer of this delivery: receive it on a delivery of its own.</source>
        <translation>%1 — %2 өндүрүүчүсүнүн товары, бул жеткирүүнүн өндүрүүчүсүнүкү эмес: аны өзүнчө жеткирүү менен кабыл алыңыз.</translation>
    </message>
    <message>
        <source>%1: %2 now.</source>
        <translation>%1: эми %2.</translation>
    </message>
    <message>
        <source>In %1; type to change</source>
        <translation>Бирдиги: %1; өзгөртүү үчүн санды териңиз</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 товары кошулду.</translation>
    </message>
    <message>
        <source>Choose a producer.</source>
        <translation>Өндүрүүчүнү тандаңыз.</translation>
    </message>
    <message>
        <source>Scan or type the goods received first.</source>
        <translation>Адегенде кабыл алынган товарларды сканерлеңиз же териңиз.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>%1-сап: </translation>
    </message>
    <message>
        <source>the quantity must be more than zero.</source>
        <translation>саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>goods bought need their cost per unit.</source>
        <translation>сатып алынган товарга бирдигинин өздүк наркы керек.</translation>
    </message>
    <message>
        <source>enter the batch of %1.</source>
        <translation>%1 товарынын партиясын көрсөтүңүз.</translation>
    </message>
    <message numerus="yes">
        <source>The delivery of %n line(s) is not saved yet.</source>
        <translation>
            <numerusform>%n саптан турган жеткирүү азырынча сакталган жок.</numerusform>
            <numerusform>%n саптан турган жеткирүү азырынча сакталган жок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өзгөртүүнү улантуу</translation>
    </message>
    <message>
        <source>Or scan the first product: its producer is chosen for you</source>
        <translation>Же биринчи товарды сканерлеңиз: анын өндүрүүчүсү автоматтык түрдө тандалат</translation>
    </message>
    <message>
        <source>Choose a producer</source>
        <translation>Өндүрүүчүнү тандаңыз</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiveTransferDialog</name>
    <message>
        <source>Open a transfer file or a confirmation</source>
        <translation>Жылдыруу файлын же ырастоону ачуу</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ачылбай калды: %2</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 was already received (%3): nothing changes. Save confirmation (Ctrl+S) writes its confirmation again.</source>
        <translation>%2 дүкөнүнөн %1 жылдыруусу буга чейин кабыл алынган (%3): эч нерсе өзгөрбөйт. «Ырастоону сактоо» (Ctrl+S) анын ырастоосун кайра жазат.</translation>
    </message>
    <message>
        <source>Check the goods against the lines: where another quantity arrived, type it in the Received column. Then Receive (Ctrl+Enter).</source>
        <translation>Товарларды саптар менен салыштырыңыз: башка сан келсе, аны «Кабыл алынды» мамычасына териңиз. Анан «Кабыл алуу» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded (%2): nothing changes.</source>
        <translation>%1 жылдыруусунун ырастоосу буга чейин жазылган (%2): эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <source>%1 confirms what arrived of transfer %2. Record (Ctrl+Enter) keeps it with the transfer.</source>
        <translation>%1 %2 жылдыруусунан эмне келгенин ырастайт. «Жазуу» (Ctrl+Enter) аны жылдыруу менен кошо сактайт.</translation>
    </message>
    <message>
        <source>Confirmation of transfer %1: %2 (%3) received the goods on %4.</source>
        <translation>%1 жылдыруусунун ырастоосу: %2 (%3) товарды %4 кабыл алды.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 (%3), sent on %4 by %5.</source>
        <translation>%2 (%3) дүкөнүнөн %1 жылдыруусу, %4 жөнөтүлгөн, жөнөткөн: %5.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 чейин жарактуу</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1-сап: %2</translation>
    </message>
    <message>
        <source>Receive the transfer</source>
        <translation>Жылдырууну кабыл алуу</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) arrived with another quantity than was sent. Receive the goods as counted?</source>
        <translation>
            <numerusform>%n сап жөнөтүлгөндөн башка санда келди. Товарларды саналгандай кабыл аласызбы?</numerusform>
            <numerusform>%n сап жөнөтүлгөндөн башка санда келди. Товарларды саналгандай кабыл аласызбы?</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 received (%3): the goods are in the stock. Save confirmation (Ctrl+S) and give the file to %2.</source>
        <translation>%2 дүкөнүнөн %1 жылдыруусу кабыл алынды (%3): товарлар калдыкка кошулду. Ырастоону сактаңыз (Ctrl+S) жана файлды %2 дүкөнүнө бериңиз.</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3.</source>
        <translation>%1 дүкөнү %2 жылдыруусун ырастады: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 was already received: nothing changed.</source>
        <translation>%1 жылдыруусу буга чейин кабыл алынган: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded: nothing changed.</source>
        <translation>%1 жылдыруусунун ырастоосу буга чейин жазылган: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Save the confirmation</source>
        <translation>Ырастоону сактоо</translation>
    </message>
    <message>
        <source>Confirmation written to %1: give it to %2.</source>
        <translation>Ырастоо %1 файлына жазылды: аны %2 дүкөнүнө бериңиз.</translation>
    </message>
    <message>
        <source>Receive a transfer</source>
        <translation>Жылдырууну кабыл алуу</translation>
    </message>
    <message>
        <source>Open the transfer file that came with the goods, or a confirmation from the shop they went to (Ctrl+O).</source>
        <translation>Товар менен келген жылдыруу файлын же товар жөнөтүлгөн дүкөндөн келген ырастоону ачыңыз (Ctrl+O).</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Файлды ачуу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабуу (Esc)</translation>
    </message>
    <message>
        <source>Save confirmation…</source>
        <translation>Ырастоону сактоо…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Сап</translation>
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
        <translation>Жөнөтүлдү</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынды</translation>
    </message>
</context>
<context>
    <name>ovop::ui::RecordEditor</name>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Жабуудан мурун өзгөртүүлөрдү сактайсызбы?</translation>
    </message>
    <message>
        <source>If you discard them, the record stays as it was.</source>
        <translation>Эгер аларды сактабасаңыз, жазуу мурункудай калат.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өзгөртүүнү улантуу</translation>
    </message>
</context>
<context>
    <name>ovop::ui::RecordListPage</name>
    <message>
        <source>Search (%1). Esc clears it, Down goes to the list, Enter opens the record found.</source>
        <translation>Издөө (%1). Esc — тазалоо, ылдый жебе — тизмеге өтүү, Enter — табылган жазууну ачуу.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Акыркы өзгөртүүнү жокко чыгаруу</translation>
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
        <translation>Буйрутма тизмеси</translation>
    </message>
    <message>
        <source>Products below their minimum level, by producer and village, with what brings them back to the minimum.</source>
        <translation>Минималдуу калдыгынан төмөн товарлар өндүрүүчүлөр жана айылдар боюнча, минимумга жеткирүү үчүн канча керек экени менен.</translation>
    </message>
    <message>
        <source>Producer / product</source>
        <translation>Өндүрүүчү / товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Калдык</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Буйрутуу</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV сактоо…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сактоо…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабуу (Esc)</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>Минималдуу калдыгынан төмөн товар жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to order</source>
        <translation>
            <numerusform>Буйрутула турган %n товар</numerusform>
            <numerusform>Буйрутула турган %n товар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n өндүрүүчү</numerusform>
            <numerusform>%n өндүрүүчү</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 файлына сакталды.</translation>
    </message>
    <message>
        <source>The reorder list was sent to the printer.</source>
        <translation>Буйрутма тизмеси принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Save the reorder list as CSV</source>
        <translation>Буйрутма тизмесин CSV катары сактоо</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV таблицалары (*.csv)</translation>
    </message>
    <message>
        <source>Save the reorder list as PDF</source>
        <translation>Буйрутма тизмесин PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <source>Print the reorder list</source>
        <translation>Буйрутма тизмесин басып чыгаруу</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportExport</name>
    <message>
        <source>Sales report</source>
        <translation>Сатуулар боюнча отчёт</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Социалдык таасир боюнча отчёт</translation>
    </message>
    <message>
        <source>Producers&apos; money</source>
        <translation>Өндүрүүчүлөр менен эсептешүү</translation>
    </message>
    <message>
        <source>Stock and its value</source>
        <translation>Калдыктар жана алардын наркы</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV катары сактоо…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>«%1» PDF катары сактоо</translation>
    </message>
    <message>
        <source>Save %1 as CSV</source>
        <translation>«%1» CSV катары сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV таблицалары (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сакталды: %1.</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Басып чыгаруу: %1</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>«%1» принтерге жөнөтүлдү.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportTablesPage</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сатуулар</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Кайтаруулар</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) · %1 · returns %2 · net %3</source>
        <translation>
            <numerusform>%n сатуу · %1 · кайтаруулар %2 · таза %3</numerusform>
            <numerusform>%n сатуу · %1 · кайтаруулар %2 · таза %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales %1 · discounts %2 · returns %3</source>
        <translation>Сатуулар %1 · арзандатуулар %2 · кайтаруулар %3</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Sold less returns</source>
        <translation>Кайтаруусуз сатылды</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Табылды</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Төлөнө турган</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Комиссия %1</translation>
    </message>
    <message>
        <source>Sold less returns %1 · commission %2 · earned %3 · paid %4 · owed %5</source>
        <translation>Кайтаруусуз сатылды %1 · комиссия %2 · табылды %3 · төлөндү %4 · төлөнө турган %5</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Кайтаруусуз сатуулар</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Айылдар</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Акыркы сапар</translation>
    </message>
    <message>
        <source>%1 producers in %2 villages of %3 oblasts · women-led %4 · visit current %5</source>
        <translation>Өндүрүүчүлөр: %1, айылдар: %2, облустар: %3 · аялдар жетектеген %4 · сапар мөөнөтүндө %5</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Күндөр боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Категориялар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Облустар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by village</source>
        <translation>Айылдар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by producer</source>
        <translation>Өндүрүүчүлөр боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Төлөм ыкмалары боюнча сатуулар</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Кассирлер боюнча сатуулар</translation>
    </message>
    <message>
        <source>Taxes contained, by rate</source>
        <translation>Сатуулардагы салыктар, ченемдер боюнча</translation>
    </message>
    <message>
        <source>Producers&apos; money: earned, paid, owed</source>
        <translation>Өндүрүүчүлөр менен эсептешүү</translation>
    </message>
    <message>
        <source>Impact: sales by oblast</source>
        <translation>Таасир: облустар боюнча сатуулар</translation>
    </message>
    <message>
        <source>Impact: producers whose visit is overdue</source>
        <translation>Таасир: сапары мөөнөтүнөн өткөн өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Мезгил</translation>
    </message>
    <message>
        <source>Save or print…</source>
        <translation>Сактоо же басып чыгаруу…</translation>
    </message>
    <message>
        <source>VAT %1 · sales tax %2</source>
        <translation>КНС %1 · сатуу салыгы %2</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Ченемдер</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>КНС</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Сатуу салыгы</translation>
    </message>
    <message>
        <source>Contained in the sales, less the returns</source>
        <translation>Сатуулардын ичинде, кайтаруулар чегерилген</translation>
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
        <translation>Таблицалар</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ResetPinDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Эки PIN-код бирдей эмес. Бир эле PIN-кодду эки жолу териңиз.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN-кодду алмаштыруу</translation>
    </message>
    <message>
        <source>A new PIN for %1, 4 to 8 digits. Tell it to the user in person.</source>
        <translation>%1 үчүн 4–8 сандан турган жаңы PIN-код. Аны колдонуучуга өзүңүз жеке айтыңыз.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Жаңы PIN-код</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Жаңы PIN-код кайра</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReturnDialog</name>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number.</source>
        <translation>Чектин штрих-кодун сканерлеңиз же номерин териңиз.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, cashier %3: %4, paid %5.</source>
        <translation>%1 чеги, %2, кассир %3: %4, төлөндү: %5.</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>Кардарга кайтарылат: %1</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>Кайтарылган жок: %1</translation>
    </message>
    <message>
        <source>Return %1 made: %2 refunded — %3.</source>
        <translation>%1 кайтаруусу катталды: %2 кайтарылды — %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Уруксат берген: %1.</translation>
    </message>
    <message>
        <source>Return receipt %1</source>
        <translation>Кайтаруу чеги %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Кайтаруу</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Чек №</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number</source>
        <translation>Чектин штрих-кодун сканерлеңиз же номерин териңиз</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>Табуу (Enter)</translation>
    </message>
    <message>
        <source>Return all</source>
        <translation>Баарын кайтаруу</translation>
    </message>
    <message>
        <source>Everything on the receipt that has not come back yet</source>
        <translation>Чектеги азырынча кайтарылбаган бардык товар</translation>
    </message>
    <message>
        <source>Return nothing</source>
        <translation>Тандоону алып салуу</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Акча кайтарылат</translation>
    </message>
    <message>
        <source>The sale&apos;s payments</source>
        <translation>Сатуудагы төлөм ыкмаларына</translation>
    </message>
    <message>
        <source>Card and QR payments get their money back first, the rest in cash</source>
        <translation>Адегенде карта жана QR төлөмдөрүнө кайтарылат, калганы накталай</translation>
    </message>
    <message>
        <source>All in cash</source>
        <translation>Баары накталай</translation>
    </message>
    <message>
        <source>The goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>Текчеге кайтарылат</translation>
    </message>
    <message>
        <source>Damaged, written off</source>
        <translation>Бузулган, эсептен чыгарылат</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Чектин тили</translation>
    </message>
    <message>
        <source>Return receipt… (Ctrl+P)</source>
        <translation>Кайтаруу чеги… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the return&apos;s receipt or save it as PDF</source>
        <translation>Кайтаруу чегин басып чыгаруу же PDF катары сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабуу (Esc)</translation>
    </message>
    <message>
        <source>Return (Ctrl+Enter)</source>
        <translation>Кайтаруу (Ctrl+Enter)</translation>
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
        <translation>Сатылган</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Мурда кайтарылган</translation>
    </message>
    <message>
        <source>To return</source>
        <translation>Кайтарылат</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Кайтаруу суммасы</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SalePage</name>
    <message>
        <source>No shift is open on this till. Open a shift with the cash in the drawer before the first sale.</source>
        <translation>Бул кассада смена ачылган эмес. Биринчи сатуудан мурун кассадагы накталайды көрсөтүп, смена ачыңыз.</translation>
    </message>
    <message>
        <source>Scan the goods first: the cart is empty.</source>
        <translation>Адегенде товарларды сканерлеңиз: чек бош.</translation>
    </message>
    <message>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches %1. Check the spelling or scan the barcode.</source>
        <translation>Каталогдо %1 боюнча эч нерсе табылган жок. Жазылышын текшериңиз же штрих-кодду сканерлеңиз.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match %1. Up and Down choose, Enter adds to the cart, Esc goes back.</source>
        <translation>
            <numerusform>%1 боюнча %n товар табылды. Өйдө жана ылдый жебелер — тандоо, Enter — чекке кошуу, Esc — артка.</numerusform>
            <numerusform>%1 боюнча %n товар табылды. Өйдө жана ылдый жебелер — тандоо, Enter — чекке кошуу, Esc — артка.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Кайтарым</translation>
    </message>
    <message>
        <source>Receipt %1
Total %2 · paid %3</source>
        <translation>Чек %1
Жалпы %2 · төлөндү %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Жалпы</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n сап</numerusform>
            <numerusform>%n сап</numerusform>
        </translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>арзандатуу %1</translation>
    </message>
    <message>
        <source>tax included %1</source>
        <translation>анын ичинде салык %1</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a code or a name, then Enter</source>
        <translation>Штрих-кодду сканерлеңиз же кодду, же аталышты терип, Enter басыңыз</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Накталай</translation>
    </message>
    <message>
        <source>Pay in cash (Enter on an empty scan field)</source>
        <translation>Накталай төлөө (бош сканерлөө талаасында Enter)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Карта менен төлөө</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Pay with a QR code (ELQR)</source>
        <translation>QR-код менен төлөө (ELQR)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>The quantity of the chosen line; kilograms and metres take decimals</source>
        <translation>Тандалган саптын саны; килограмм жана метр үчүн бөлчөк сан жазса болот</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Сапка арзандатуу</translation>
    </message>
    <message>
        <source>A discount on the chosen line, as an amount or a percentage</source>
        <translation>Тандалган сапка арзандатуу — сумма же пайыз менен</translation>
    </message>
    <message>
        <source>Cart discount</source>
        <translation>Чекке арзандатуу</translation>
    </message>
    <message>
        <source>A discount on the whole cart, as an amount or a percentage</source>
        <translation>Бүт чекке арзандатуу — сумма же пайыз менен</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баасы</translation>
    </message>
    <message>
        <source>Change the price of the chosen line (a manager approves)</source>
        <translation>Тандалган саптын баасын өзгөртүү (менеджердин уруксаты менен)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Сапты алып салуу</translation>
    </message>
    <message>
        <source>Remove the chosen line from the cart</source>
        <translation>Тандалган сапты чектен алып салуу</translation>
    </message>
    <message>
        <source>Void cart</source>
        <translation>Чекти жокко чыгаруу</translation>
    </message>
    <message>
        <source>Empty the cart without a sale (a manager approves)</source>
        <translation>Чекти сатуусуз тазалоо (менеджердин уруксаты менен)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Кийинкиге калтыруу</translation>
    </message>
    <message>
        <source>Put the cart aside to serve the next customer</source>
        <translation>Кийинки кардарды тейлөө үчүн чекти кийинкиге калтыруу</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Кайра ачуу</translation>
    </message>
    <message>
        <source>Bring a parked cart back</source>
        <translation>Кийинкиге калтырылган чекти кайра ачуу</translation>
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
        <translation>Пайызды жазыңыз, мисалы 10 же 12,5.</translation>
    </message>
    <message>
        <source>Type an amount such as 100 or 99,50.</source>
        <translation>Сумманы жазыңыз, мисалы 100 же 99,50.</translation>
    </message>
    <message>
        <source>Not approved: the cart is as it was.</source>
        <translation>Уруксат берилген жок: чек мурункудай калды.</translation>
    </message>
    <message>
        <source>Sale %1 completed.</source>
        <translation>Сатуу %1 аяктады.</translation>
    </message>
    <message>
        <source>The whole cart: %1</source>
        <translation>Бүт чек: %1</translation>
    </message>
    <message>
        <source>%1 removed from the cart.</source>
        <translation>%1 чектен алып салынды.</translation>
    </message>
    <message>
        <source>Void the cart</source>
        <translation>Чекти жокко чыгаруу</translation>
    </message>
    <message numerus="yes">
        <source>Void the cart of %n line(s), %1? Nothing is sold and the goods stay in stock.</source>
        <translation>
            <numerusform>%n саптан турган %1 суммасындагы чекти жокко чыгарасызбы? Эч нерсе сатылбайт, товарлар калдыкта калат.</numerusform>
            <numerusform>%n саптан турган %1 суммасындагы чекти жокко чыгарасызбы? Эч нерсе сатылбайт, товарлар калдыкта калат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Keep the cart</source>
        <translation>Чекти калтыруу</translation>
    </message>
    <message>
        <source>The cart was voided.</source>
        <translation>Чек жокко чыгарылды.</translation>
    </message>
    <message numerus="yes">
        <source>The cart of %n line(s) was parked. F5 brings it back.</source>
        <translation>
            <numerusform>%n саптан турган чек кийинкиге калтырылды. F5 — кайра ачуу.</numerusform>
            <numerusform>%n саптан турган чек кийинкиге калтырылды. F5 — кайра ачуу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or park the current cart (Alt+*) before recalling another.</source>
        <translation>Башка чекти кайра ачуудан мурун учурдагы чекти бүтүрүңүз же кийинкиге калтырыңыз (Alt+*).</translation>
    </message>
    <message>
        <source>The parked cart is back.</source>
        <translation>Кийинкиге калтырылган чек кайра ачылды.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Кайтаруу</translation>
    </message>
    <message>
        <source>Take goods back against a receipt</source>
        <translation>Товарды чек боюнча кайра кабыл алуу</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Show, print or save the receipt of the last sale</source>
        <translation>Акыркы сатуунун чегин көрсөтүү, басып чыгаруу же сактоо</translation>
    </message>
    <message>
        <source>No sale was made on this page yet: find an older receipt on the shift page.</source>
        <translation>Бул бетте азырынча сатуу болгон жок: мурунку чекти смена бетинен табыңыз.</translation>
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
        <translation>Саны нөлдөн көп болушу керек.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 to send.</source>
        <translation>%1 (%2): жөнөтүлөт %3.</translation>
    </message>
    <message>
        <source>%1 (%2) removed.</source>
        <translation>%1 (%2) алынып салынды.</translation>
    </message>
    <message>
        <source>Type the code of the shop the goods go to, like KAR-1.</source>
        <translation>Товар жөнөтүлө турган дүкөндүн кодун териңиз, мисалы KAR-1.</translation>
    </message>
    <message>
        <source>Add the goods to send first: scan them or type their codes.</source>
        <translation>Адегенде жөнөтүлө турган товарларды кошуңуз: аларды сканерлеңиз же коддорун териңиз.</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>Жылдыруу файлын сактоо</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Товар жөнөтүү</translation>
    </message>
    <message numerus="yes">
        <source>Close without sending? The %n line(s) typed are lost.</source>
        <translation>
            <numerusform>Жөнөтпөй жабасызбы? Терилген %n сап жоголот.</numerusform>
            <numerusform>Жөнөтпөй жабасызбы? Терилген %n сап жоголот.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Жөнөтпөй жабуу</translation>
    </message>
    <message>
        <source>Send goods to another shop</source>
        <translation>Товарды башка дүкөнгө жөнөтүү</translation>
    </message>
    <message>
        <source>&amp;To shop:</source>
        <translation>&amp;Дүкөнгө:</translation>
    </message>
    <message>
        <source>The code of the shop the goods go to, as in its settings, like KAR-1.</source>
        <translation>Товар жөнөтүлө турган дүкөндүн коду, анын жөндөөлөрүндөгүдөй, мисалы KAR-1.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Scan a product or type its barcode or SKU and Enter.</source>
        <translation>Товарды сканерлеңиз же анын штрих-кодун же артикулун терип, Enter басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <source>Empty for one.</source>
        <translation>Бош болсо — бир даана.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Кошуу (Enter)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Сапты алып салуу</translation>
    </message>
    <message>
        <source>Remove the selected line (Del in the table)</source>
        <translation>Тандалган сапты алып салуу (таблицада Del)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабуу (Esc)</translation>
    </message>
    <message>
        <source>Save the file and send</source>
        <translation>Файлды сактап, жөнөтүү</translation>
    </message>
    <message>
        <source>Asks where to save the transfer file, then takes the goods out of the stock (%1).</source>
        <translation>Жылдыруу файлын кайда сактоону сурайт, анан товарларды калдыктан чыгарат (%1).</translation>
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
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SettingsPage</name>
    <message>
        <source>Type a percentage with at most two decimals, such as 12 or 1,5.</source>
        <translation>Пайызды үтүрдөн кийин эң көп эки сан менен жазыңыз, мисалы 12 же 1,5.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the marked field.</source>
        <translation>Эч нерсе сакталган жок. Белгиленген талааны оңдоңуз.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Жөндөөлөр сакталды.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкөн</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Салык профили</translation>
    </message>
    <message>
        <source>Shelf prices include tax. The receipt shows the tax contained in the total.</source>
        <translation>Текчедеги бааларга салык кирет. Чекте жалпы суммага кирген салык көрсөтүлөт.</translation>
    </message>
    <message>
        <source>Shop code</source>
        <translation>Дүкөндүн коду</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Дүкөндүн аталышы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <source>This database is</source>
        <translation>Бул маалымат базасы</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Чектин башы</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>КНС</translation>
    </message>
    <message>
        <source>VAT rate, %</source>
        <translation>КНС ченеми, %</translation>
    </message>
    <message>
        <source>Sales tax, %</source>
        <translation>Сатуу салыгы, %</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>Салыкты тегеректөө</translation>
    </message>
    <message>
        <source>e.g. BIS-1</source>
        <translation>мисалы, BIS-1</translation>
    </message>
    <message>
        <source>e.g. T1</source>
        <translation>мисалы, T1</translation>
    </message>
    <message>
        <source>Receipt numbers are SHOP-DEVICE-NNNNNN, e.g. BIS-1-T1-000123.</source>
        <translation>Чектин номерлери ДҮКӨН-ТҮЗМӨК-NNNNNN түрүндө болот, мисалы BIS-1-T1-000123.</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt</source>
        <translation>Ар бир чектин башында басылат</translation>
    </message>
    <message>
        <source>a shop</source>
        <translation>дүкөн</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>башкы кеңсе</translation>
    </message>
    <message>
        <source>The shop is a VAT payer</source>
        <translation>Дүкөн КНС төлөйт</translation>
    </message>
    <message>
        <source>once per receipt</source>
        <translation>чекке бир жолу</translation>
    </message>
    <message>
        <source>per line</source>
        <translation>ар бир сап үчүн</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Жөндөөлөрдү сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Өзгөртүүлөрдү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Type an amount in som, such as 5000 or 1250,50.</source>
        <translation>Сумманы сом менен жазыңыз, мисалы 5000 же 1250,50.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Discounts above a cashier&apos;s limit and returns above the approval limit need a manager. The ELQR link is the shop&apos;s QR code from its bank; leave it empty for no QR payments.</source>
        <translation>Кассирдин чегинен ашкан арзандатууларга жана уруксат чегинен ашкан кайтарууларга менеджердин уруксаты керек. ELQR шилтемеси — дүкөндүн банкы берген QR-коду; QR төлөм керек болбосо, аны бош калтырыңыз.</translation>
    </message>
    <message>
        <source>Cashier&apos;s discount limit, %</source>
        <translation>Кассирдин арзандатуу чеги, %</translation>
    </message>
    <message>
        <source>Manager&apos;s discount limit, %</source>
        <translation>Менеджердин арзандатуу чеги, %</translation>
    </message>
    <message>
        <source>Approve returns above, som</source>
        <translation>Кайтарууга уруксат чеги, сом</translation>
    </message>
    <message>
        <source>A return of more than this amount needs a manager&apos;s approval.</source>
        <translation>Бул суммадан ашкан кайтарууга менеджердин уруксаты керек.</translation>
    </message>
    <message>
        <source>ELQR link</source>
        <translation>ELQR шилтемеси</translation>
    </message>
    <message>
        <source>The link of the shop&apos;s static QR code from the bank</source>
        <translation>Банк берген дүкөндүн статикалык QR-кодунун шилтемеси</translation>
    </message>
    <message>
        <source>Receipts&apos; language</source>
        <translation>Чектердин тили</translation>
    </message>
    <message>
        <source>The language receipts are printed in unless the customer asks for another.</source>
        <translation>Кардар башка тилди сурабаса, чектер ушул тилде басылат.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ShiftPage</name>
    <message>
        <source>Not sent to the fiscal register: %1</source>
        <translation>Фискалдык регистраторго жөнөтүлгөн жок: %1</translation>
    </message>
    <message>
        <source>X report of shift %1</source>
        <translation>%1-сменанын X-отчёту</translation>
    </message>
    <message>
        <source>Shift %1 is closed: Z report No. %2. Counted %3, expected %4.</source>
        <translation>%1-смена жабылды: № %2 Z-отчёт. Саналганы %3, күтүлгөнү %4.</translation>
    </message>
    <message>
        <source>Difference: %1.</source>
        <translation>Айырмасы: %1.</translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation>№ %1 Z-отчёт</translation>
    </message>
    <message>
        <source>Return %1: %2 refunded.</source>
        <translation>Кайтаруу %1: %2 кайтарылды.</translation>
    </message>
    <message>
        <source>Sending to the fiscal register…</source>
        <translation>Фискалдык регистраторго жөнөтүлүүдө…</translation>
    </message>
    <message>
        <source>%1 sent to the fiscal register; %2 still refused.</source>
        <translation>Фискалдык регистраторго жөнөтүлдү: %1; дагы эле кабыл алынган жок: %2.</translation>
    </message>
    <message>
        <source>%1 sent to the fiscal register.</source>
        <translation>Фискалдык регистраторго жөнөтүлдү: %1.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Сменаны ачуу</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Кассага салуу</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Кассадан алуу</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Close shift, Z report</source>
        <translation>Сменаны жабуу, Z-отчёт</translation>
    </message>
    <message>
        <source>Z reports, copies</source>
        <translation>Z-отчёттор, көчүрмөлөр</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Кайтаруу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Send them to the fiscal register again</source>
        <translation>Аларды фискалдык регистраторго кайра жөнөтүү</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Тизме…</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Кассада болушу керек</translation>
    </message>
    <message>
        <source>A shift is open already: close it first (F8).</source>
        <translation>Смена ачык турат: адегенде аны жабыңыз (F8).</translation>
    </message>
    <message>
        <source>No shift is open: open one first (F2).</source>
        <translation>Смена ачылган эмес: адегенде смена ачыңыз (F2).</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Смена ачылган эмес</translation>
    </message>
    <message>
        <source>Open a shift with the cash counted in the drawer before selling (F2).</source>
        <translation>Сатуудан мурун кассадагы саналган накталайды көрсөтүп, смена ачыңыз (F2).</translation>
    </message>
    <message>
        <source>Shift %1 is open</source>
        <translation>%1-смена ачык</translation>
    </message>
    <message>
        <source>Opened %1 by %2 with a float of %3.</source>
        <translation>%1 ачылды, ачкан: %2, баштапкы накталай %3.</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Сатуулар: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Кайтаруулар: %1</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Арзандатуулар</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StatementLinesModel</name>
    <message>
        <source>%1 %2 (returned)</source>
        <translation>%1 %2 (кайтарылган)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
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
        <translation>Саны</translation>
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
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Эсептелди</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Төлөнө турган</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StockPage</name>
    <message>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Бардык өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Бардык айылдар</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>«%1» боюнча товар табылган жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товар</numerusform>
        </translation>
    </message>
    <message>
        <source>stock value %1</source>
        <translation>калдыктын наркы %1</translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n минимумдан аз</numerusform>
            <numerusform>%n минимумдан аз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with expired batches</source>
        <translation>
            <numerusform>%n товардын партиясынын мөөнөтү өткөн</numerusform>
            <numerusform>%n товардын партиясынын мөөнөтү өткөн</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a delivery from a producer</source>
        <translation>Өндүрүүчүдөн жеткирүүнү жазуу</translation>
    </message>
    <message>
        <source>The selected product&apos;s stock movements (or Enter in the table)</source>
        <translation>Тандалган товардын кыймылы (же таблицада Enter)</translation>
    </message>
    <message>
        <source>Select a product in the table first.</source>
        <translation>Адегенде таблицадан товар тандаңыз.</translation>
    </message>
    <message>
        <source>Correct the selected product&apos;s stock: damage, loss, sample, found</source>
        <translation>Тандалган товардын калдыгын оңдоо: бузулган, жоголгон, үлгү, табылган</translation>
    </message>
    <message>
        <source>Set the level below which the product is reordered</source>
        <translation>Калдык кайсы деңгээлден төмөн түшкөндө товар кайра буйрутуларын коюу</translation>
    </message>
    <message>
        <source>Products below their minimum level, by producer: save as CSV or PDF, print</source>
        <translation>Минималдуу калдыгынан төмөн товарлар өндүрүүчүлөр боюнча: CSV же PDF катары сактоо, басып чыгаруу</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 from %2 recorded: %n line(s).</source>
        <translation>
            <numerusform>%2 өндүрүүчүсүнөн %1 жеткирүүсү жазылды: %n сап.</numerusform>
            <numerusform>%2 өндүрүүчүсүнөн %1 жеткирүүсү жазылды: %n сап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикеткалар</translation>
    </message>
    <message>
        <source>Print price labels for the goods received?</source>
        <translation>Кабыл алынган товарларга баа этикеткаларын басып чыгарасызбы?</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Этикеткаларды басып чыгаруу…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Азыр эмес</translation>
    </message>
    <message>
        <source>Stock of %1 corrected: %2 (%3).</source>
        <translation>%1 калдыгы оңдолду: %2 (%3).</translation>
    </message>
    <message>
        <source>The minimum level of %1 was saved.</source>
        <translation>%1 минималдуу калдыгы сакталды.</translation>
    </message>
    <message>
        <source>Search: barcode, SKU, name or producer</source>
        <translation>Издөө: штрих-код, артикул, аталышы же өндүрүүчү</translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation>Товар кабыл алуу…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарых</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Оңдоо…</translation>
    </message>
    <message>
        <source>Minimum…</source>
        <translation>Минимум…</translation>
    </message>
    <message>
        <source>Reorder list…</source>
        <translation>Буйрутма тизмеси…</translation>
    </message>
    <message>
        <source>Low only</source>
        <translation>Минимумдан аздары гана</translation>
    </message>
    <message>
        <source>Only products below their minimum level</source>
        <translation>Минималдуу калдыгынан төмөн товарлар гана</translation>
    </message>
    <message>
        <source>Expired only</source>
        <translation>Мөөнөтү өткөндөр гана</translation>
    </message>
    <message>
        <source>Only products with a batch past its expiry date</source>
        <translation>Мөөнөтү өткөн партиясы бар товарлар гана</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StockTableModel</name>
    <message>
        <source>expired</source>
        <translation>мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>мөөнөтү жакында бүтөт</translation>
    </message>
    <message>
        <source>low</source>
        <translation>минимумдан аз</translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation>%1 партиясы: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(партиясыз)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 чейин жарактуу</translation>
    </message>
    <message>
        <source>Below its minimum level of %1.</source>
        <translation>%1 минималдуу калдыгынан төмөн.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Калдык</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Наркы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Минималдуу калдык</translation>
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
        <translation>Эсеп боюнча</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
    <message>
        <source>Sold, returned or received after it was counted</source>
        <translation>Саналгандан кийин сатылган, кайтарылган же кабыл алынган</translation>
    </message>
    <message>
        <source>Moved since counted</source>
        <translation>Саналгандан кийинки кыймыл</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Value of the difference</source>
        <translation>Айырманын наркы</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, наркы %2</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>stocktake column: the value of the difference</comment>
        <translation>Наркы</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StocktakePage</name>
    <message>
        <source>the whole shop</source>
        <translation>бүт дүкөн</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>%1 категориясы</translation>
    </message>
    <message>
        <source>the goods of %1 (%2)</source>
        <translation>%1 (%2) өндүрүүчүсүнүн товарлары</translation>
    </message>
    <message>
        <source>Stocktake %1 started: count %2. Scan each product, or type its code and Enter.</source>
        <translation>%1 инвентаризациясы башталды: саналат — %2. Ар бир товарды сканерлеңиз же анын кодун терип, Enter басыңыз.</translation>
    </message>
    <message>
        <source>Type a quantity other than zero.</source>
        <translation>Нөлдөн башка санды териңиз.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 counted, %4 in all.</source>
        <translation>%1 (%2): %3 саналды, бардыгы %4.</translation>
    </message>
    <message>
        <source>%1 (%2), batch %3: %4 counted, %5 in all.</source>
        <translation>%1 (%2), %3 партиясы: %4 саналды, бардыгы %5.</translation>
    </message>
    <message numerus="yes">
        <source>Post stocktake %1? The stock of %n product(s) changes to what was counted: gains %2, losses %3, in all %4.</source>
        <translation>
            <numerusform>%1 инвентаризациясын бекитесизби? %n товардын калдыгы саналгандай болуп өзгөрөт: ашыкча %2, жетишпестик %3, бардыгы %4.</numerusform>
            <numerusform>%1 инвентаризациясын бекитесизби? %n товардын калдыгы саналгандай болуп өзгөрөт: ашыкча %2, жетишпестик %3, бардыгы %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) were not counted: they count as none on the shelf.</source>
        <translation>
            <numerusform>%n товар саналган жок: ал текчеде жок деп эсептелет.</numerusform>
            <numerusform>%n товар саналган жок: алар текчеде жок деп эсептелет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the stocktake</source>
        <translation>Инвентаризацияны бекитүү</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Бекитүү</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: the stock of %n product(s) changed, by %2 in all. Start count (F2) begins a new one.</source>
        <translation>
            <numerusform>%1 инвентаризациясы бекитилди: %n товардын калдыгы өзгөрдү, бардыгы %2. «Саноону баштоо» (F2) жаңысын баштайт.</numerusform>
            <numerusform>%1 инвентаризациясы бекитилди: %n товардын калдыгы өзгөрдү, бардыгы %2. «Саноону баштоо» (F2) жаңысын баштайт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Саноону жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel stocktake %1? What was counted is dropped and the stock stays as it is.</source>
        <translation>%1 инвентаризациясын жокко чыгарасызбы? Саналгандар өчүрүлөт, калдык өзгөрбөйт.</translation>
    </message>
    <message>
        <source>Stocktake %1 was cancelled: the stock did not change.</source>
        <translation>%1 инвентаризациясы жокко чыгарылды: калдык өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Start count</source>
        <translation>Саноону баштоо</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Саноону жокко чыгаруу</translation>
    </message>
    <message>
        <source>Only a manager may do this: ask a manager to log in.</source>
        <translation>Муну менеджер гана кыла алат: менеджерден кирүүнү сураныңыз.</translation>
    </message>
    <message>
        <source>Start count (F2)</source>
        <translation>Саноону баштоо (F2)</translation>
    </message>
    <message>
        <source>Post (F8): writes the differences to the stock.</source>
        <translation>Бекитүү (F8): айырмаларды калдыкка жазат.</translation>
    </message>
    <message>
        <source>Cancel count (F9)</source>
        <translation>Саноону жокко чыгаруу (F9)</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Эмнени саноо:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Scan a product or type its barcode or SKU and Enter: one more of it each time (Ctrl+F).</source>
        <translation>Товарды сканерлеңиз же анын штрих-кодун же артикулун терип, Enter басыңыз: ар бир жолу дагы бирөө кошулат (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <source>For a weight or a larger count; empty for one. A minus takes back a miscount.</source>
        <translation>Салмак же көп сан үчүн; бош болсо — бир даана. Минус ката саналганды кайтарат.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Партия:</translation>
    </message>
    <message>
        <source>The batch, for a product kept in batches (optional).</source>
        <translation>Партия боюнча эсепке алынган товардын партиясы (милдеттүү эмес).</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Кө&amp;рсөтүү:</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>Бүт дүкөн</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>A producer&apos;s goods</source>
        <translation>Өндүрүүчүнүн товарлары</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Бардык товарлар</translation>
    </message>
    <message>
        <source>Uncounted only</source>
        <translation>Саналбагандар гана</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Айырмалар гана</translation>
    </message>
    <message>
        <source>No count is open</source>
        <translation>Ачык саноо жок</translation>
    </message>
    <message>
        <source>Choose what to count and start the count (F2); the staff then scan the goods on the shelves, from any till.</source>
        <translation>Эмнени санай турганыңызды тандап, саноону баштаңыз (F2); андан кийин кызматкерлер текчелердеги товарларды каалаган кассадан сканерлешет.</translation>
    </message>
    <message>
        <source>A manager starts a count; then you scan the goods here.</source>
        <translation>Саноону менеджер баштайт; андан кийин товарларды ушул жерде сканерлейсиз.</translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>%1 инвентаризациясы</translation>
    </message>
    <message>
        <source>Counting %1. Started by %2 on %3. Not counted yet: %4 of %5.</source>
        <translation>Саналат: %1. Баштаган: %2, %3. Азырынча саналбаган: %5 ичинен %4.</translation>
    </message>
    <message>
        <source>Gains: %1. Losses: %2. In all: %3.</source>
        <translation>Ашыкча: %1. Жетишпестик: %2. Бардыгы: %3.</translation>
    </message>
    <message>
        <source>%1 may not manage stock and cannot approve posting a stocktake.</source>
        <translation>%1 товар калдыктарын башкара албайт жана инвентаризацияны бекитүүгө макулдук бере албайт.</translation>
    </message>
    <message>
        <source>Posting stocktake %1 changes the stock: a manager approves it.</source>
        <translation>%1 инвентаризациясын бекитүү калдыктарды өзгөртөт: аны менеджер ырастайт.</translation>
    </message>
    <message>
        <source>Post with a manager&apos;s PIN</source>
        <translation>Менеджердин PIN-коду менен бекитүү</translation>
    </message>
    <message>
        <source>Only a manager may post: use Post with a manager&apos;s PIN (Ctrl+F8).</source>
        <translation>Менеджер гана беките алат: «Менеджердин PIN-коду менен бекитүү» баскычын басыңыз (Ctrl+F8).</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TableColumns</name>
    <message>
        <source>Fit all columns to their contents</source>
        <translation>Бардык мамычаларды мазмунуна ылайыктоо</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransferFileDialogs</name>
    <message>
        <source>Transfer files (*.json)</source>
        <translation>Жылдыруу файлдары (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransferListModel</name>
    <message>
        <source>outgoing</source>
        <translation>чыгуучу</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>кирүүчү</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n сап)</numerusform>
            <numerusform>%1 (%n сап)</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кайдан</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жөнөтүлгөн күнү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Quantity sent</source>
        <translation>Жөнөтүлгөн саны</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Кабыл алынган саны</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransfersPage</name>
    <message>
        <source>No transfers yet.</source>
        <translation>Азырынча жылдыруулар жок.</translation>
    </message>
    <message>
        <source>Lines of transfer %1</source>
        <translation>%1 жылдыруусунун саптары</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 чейин жарактуу</translation>
    </message>
    <message>
        <source>Transfer %1 to %2: the goods left the stock. Give the transfer file to %2 with the goods.</source>
        <translation>%2 дүкөнүнө %1 жылдыруусу: товарлар калдыктан чыгарылды. Жылдыруу файлын товарлар менен кошо %2 дүкөнүнө бериңиз.</translation>
    </message>
    <message>
        <source>Transfer %1: %2.</source>
        <translation>%1 жылдыруусу: %2.</translation>
    </message>
    <message>
        <source>Goods sent to the other shops of the network and received from them, each with a file that goes with the goods.</source>
        <translation>Тармактын башка дүкөндөрүнө жөнөтүлгөн жана алардан кабыл алынган товарлар; ар бир жылдыруунун товар менен кошо жүрүүчү файлы бар.</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Товар жөнөтүү</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Жылдырууну кабыл алуу</translation>
    </message>
    <message>
        <source>Opens a transfer file that came with goods, or the confirmation of goods sent from here (%1).</source>
        <translation>Товар менен келген жылдыруу файлын же бул жактан жөнөтүлгөн товарлардын ырастоосун ачат (%1).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Enter shows the lines of the selected transfer; Esc comes back.</source>
        <translation>Enter тандалган жылдыруунун саптарын көрсөтөт; Esc — артка.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Сап</translation>
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
        <translation>Жөнөтүлдү</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынды</translation>
    </message>
</context>
<context>
    <name>ovop::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1 чейин бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толук аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
</context>
<context>
    <name>ovop::ui::UsersPage</name>
    <message>
        <source>Enable</source>
        <translation>Иштетүү</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>%1 колдонуучусу кошулду.</translation>
    </message>
    <message>
        <source>User %1 was enabled.</source>
        <translation>%1 колдонуучусу иштетилди.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>%1 колдонуучусу өчүрүлдү.</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>%1 колдонуучусунун PIN-коду алмаштырылды.</translation>
    </message>
    <message>
        <source>Filter by name, full name, role or status</source>
        <translation>Аты, толук аты, ролу же абалы боюнча чыпкалоо</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Колдонуучу кошуу…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN-кодду алмаштыруу…</translation>
    </message>
    <message>
        <source>You cannot disable your own account while you use it. Another administrator can disable it.</source>
        <translation>Колдонуп жаткан өз каттоо жазууңузду өчүрө албайсыз. Аны башка администратор өчүрө алат.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ValueDialog</name>
    <message>
        <source>Type the quantity; kilograms and metres take decimals (1,5).</source>
        <translation>Санын жазыңыз; килограмм жана метр үчүн бөлчөк сан жазса болот (1,5).</translation>
    </message>
    <message>
        <source>Type the new price of one unit.</source>
        <translation>Бир бирдиктин жаңы баасын жазыңыз.</translation>
    </message>
    <message>
        <source>Type the discount as an amount or a percentage (% or +: switch). Empty: no discount.</source>
        <translation>Арзандатууну сумма же пайыз менен жазыңыз (% же +: которуу). Бош — арзандатуусуз.</translation>
    </message>
    <message>
        <source>som</source>
        <translation>сом</translation>
    </message>
    <message>
        <source>An amount in som (+)</source>
        <translation>Сом менен сумма (+)</translation>
    </message>
    <message>
        <source>A percentage (%)</source>
        <translation>Пайыз (%)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Жокко чыгаруу (Esc)</translation>
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
        <translation>Айылдар</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— тандаңыз —</translation>
    </message>
    <message>
        <source>— no district (city) —</source>
        <translation>— району жок (шаар) —</translation>
    </message>
    <message>
        <source>The village %1 was added.</source>
        <translation>%1 айылы кошулду.</translation>
    </message>
    <message>
        <source>The village %1 was saved.</source>
        <translation>%1 айылы сакталды.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Эч нерсе сакталган жок: кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <source>Oblast, district, village</source>
        <translation>Облус, район, айыл</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>New village</source>
        <translation>Жаңы айыл</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Аталышы (орусча)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Аталышы (англисче)</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>Айыл кошуу</translation>
    </message>
    <message>
        <source>Save village</source>
        <translation>Айылды сактоо</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ZReportsDialog</name>
    <message>
        <source>Z report No. %1 (copy)</source>
        <translation>№ %1 Z-отчёт (көчүрмө)</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z-отчёттор</translation>
    </message>
    <message>
        <source>The Z reports of this till. A report printed again is marked as a copy.</source>
        <translation>Бул кассанын Z-отчёттору. Кайра басылган отчёт көчүрмө деп белгиленет.</translation>
    </message>
    <message>
        <source>Print a copy… (Enter)</source>
        <translation>Көчүрмөнү басып чыгаруу… (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Z report No. %1 — shift %2, closed %3 by %4; sales %5, counted %6</source>
        <translation>№ %1 Z-отчёт — %2-смена, %3 жабылган, жапкан: %4; сатуулар %5, саналганы %6</translation>
    </message>
    <message>
        <source>difference %1</source>
        <translation>айырмасы %1</translation>
    </message>
    <message>
        <source>No shift of this till has been closed yet.</source>
        <translation>Бул кассада азырынча бир да смена жабыла элек.</translation>
    </message>
</context>
</TS>

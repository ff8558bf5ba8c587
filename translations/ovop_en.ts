<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>AdjustmentReasons</name>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AdjustmentService</name>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>The note is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>Say in the note why the stock is corrected.</source>
        <translation>Say in the note why the stock is corrected.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>The quantity must not be zero.</translation>
    </message>
    <message>
        <source>Damaged, lost goods and samples leave the shop: the quantity must be negative.</source>
        <translation>Damaged, lost goods and samples leave the shop: the quantity must be negative.</translation>
    </message>
    <message>
        <source>Goods found come into the shop: the quantity must be positive.</source>
        <translation>Goods found come into the shop: the quantity must be positive.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>The product was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: leave the batch empty.</source>
        <translation>%1 is not kept by batch: leave the batch empty.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: say which batch.</source>
        <translation>%1 is kept by batch: say which batch.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is on hand: the correction cannot take %3.</source>
        <translation>Only %1 of %2 is on hand: the correction cannot take %3.</translation>
    </message>
    <message>
        <source>More than is on hand.</source>
        <translation>More than is on hand.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Shop database created</source>
        <translation>Shop database created</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>User locked after wrong PINs</source>
        <translation>User locked after wrong PINs</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Language changed</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Backup taken</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Product added</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Product changed</translation>
    </message>
    <message>
        <source>Product archived</source>
        <translation>Product archived</translation>
    </message>
    <message>
        <source>Producer added</source>
        <translation>Producer added</translation>
    </message>
    <message>
        <source>Producer changed</source>
        <translation>Producer changed</translation>
    </message>
    <message>
        <source>Village added</source>
        <translation>Village added</translation>
    </message>
    <message>
        <source>Village changed</source>
        <translation>Village changed</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Producers imported</source>
        <translation>Producers imported</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>Audit entry %1 is missing: it was deleted.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>Audit entries %1 to %2 are missing: they were deleted.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) was changed after it was written.</source>
        <translation>Audit entry %1 (%2) was changed after it was written.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not start the chain: entries before it were deleted or it was changed.</source>
        <translation>Audit entry %1 does not start the chain: entries before it were deleted or it was changed.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry between them was deleted, inserted or changed.</source>
        <translation>Audit entry %1 does not follow entry %2: an entry between them was deleted, inserted or changed.</translation>
    </message>
    <message>
        <source>Product back on sale</source>
        <translation>Product back on sale</translation>
    </message>
    <message>
        <source>Product deleted</source>
        <translation>Product deleted</translation>
    </message>
    <message>
        <source>Product photo changed</source>
        <translation>Product photo changed</translation>
    </message>
    <message>
        <source>Producer archived</source>
        <translation>Producer archived</translation>
    </message>
    <message>
        <source>Producer active again</source>
        <translation>Producer active again</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <source>Audit log protection repaired</source>
        <translation>Audit log protection repaired</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Shift opened</translation>
    </message>
    <message>
        <source>Cash put into the drawer</source>
        <translation>Cash put into the drawer</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer</source>
        <translation>Cash taken out of the drawer</translation>
    </message>
    <message>
        <source>Shift closed with a Z report</source>
        <translation>Shift closed with a Z report</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Cart voided</source>
        <translation>Cart voided</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Manager&apos;s approval at the till</source>
        <translation>Manager&apos;s approval at the till</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>Delivery received</translation>
    </message>
    <message>
        <source>Stock corrected</source>
        <translation>Stock corrected</translation>
    </message>
    <message>
        <source>Minimum level changed</source>
        <translation>Minimum level changed</translation>
    </message>
    <message>
        <source>Producer&apos;s commission changed</source>
        <translation>Producer&apos;s commission changed</translation>
    </message>
    <message>
        <source>Producer&apos;s statement made</source>
        <translation>Producer&apos;s statement made</translation>
    </message>
    <message>
        <source>Producer paid</source>
        <translation>Producer paid</translation>
    </message>
    <message>
        <source>Goods returned to a producer</source>
        <translation>Goods returned to a producer</translation>
    </message>
    <message>
        <source>Stocktake started</source>
        <translation>Stocktake started</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>Stocktake posted</translation>
    </message>
    <message>
        <source>Stocktake cancelled</source>
        <translation>Stocktake cancelled</translation>
    </message>
    <message>
        <source>Goods sent to another shop</source>
        <translation>Goods sent to another shop</translation>
    </message>
    <message>
        <source>Goods received from another shop</source>
        <translation>Goods received from another shop</translation>
    </message>
    <message>
        <source>Transfer confirmed by the receiving shop</source>
        <translation>Transfer confirmed by the receiving shop</translation>
    </message>
    <message>
        <source>Report figures made again from the ledger</source>
        <translation>Report figures made again from the ledger</translation>
    </message>
</context>
<context>
    <name>AuditProtection</name>
    <message>
        <source>The protection of the audit log cannot be read: %1</source>
        <translation>The protection of the audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s protection %1 was removed: entries can be changed or deleted unseen.</source>
        <translation>The audit log&apos;s protection %1 was removed: entries can be changed or deleted unseen.</translation>
    </message>
    <message>
        <source>The audit log&apos;s protection %1 was altered.</source>
        <translation>The audit log&apos;s protection %1 was altered.</translation>
    </message>
    <message>
        <source>An unknown trigger %1 was added to the audit log.</source>
        <translation>An unknown trigger %1 was added to the audit log.</translation>
    </message>
    <message>
        <source>Only an administrator may repair the protection of the audit log.</source>
        <translation>Only an administrator may repair the protection of the audit log.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read to confirm the audit log: %2</source>
        <translation>The backup %1 cannot be read to confirm the audit log: %2</translation>
    </message>
    <message>
        <source>Audit entry %1, kept in the backup %2, is no longer in the audit log: the newest entries were deleted.</source>
        <translation>Audit entry %1, kept in the backup %2, is no longer in the audit log: the newest entries were deleted.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one kept in the backup %2: the audit log was rewritten.</source>
        <translation>Audit entry %1 differs from the one kept in the backup %2: the audit log was rewritten.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>SKU</source>
        <comment>product</comment>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <comment>product</comment>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <comment>product or village</comment>
        <translation>Name in Kyrgyz</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <comment>product or village</comment>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <comment>product or village</comment>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>product</comment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>product</comment>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <comment>product</comment>
        <translation>Price</translation>
    </message>
    <message>
        <source>Producer</source>
        <comment>product</comment>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Materials</source>
        <comment>product</comment>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Story in Kyrgyz</source>
        <comment>product</comment>
        <translation>Story in Kyrgyz</translation>
    </message>
    <message>
        <source>Story in Russian</source>
        <comment>product</comment>
        <translation>Story in Russian</translation>
    </message>
    <message>
        <source>Story in English</source>
        <comment>product</comment>
        <translation>Story in English</translation>
    </message>
    <message>
        <source>Tax group</source>
        <comment>product</comment>
        <translation>Tax group</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <comment>product or producer</comment>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <comment>product or producer</comment>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Tracks batches</source>
        <comment>product</comment>
        <translation>Tracks batches</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>product or producer</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>producer</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>producer</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>producer</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>producer</comment>
        <translation>Village</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>producer</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>producer</comment>
        <translation>Members</translation>
    </message>
    <message>
        <source>Women</source>
        <comment>producer</comment>
        <translation>Women</translation>
    </message>
    <message>
        <source>Led by women</source>
        <comment>producer</comment>
        <translation>Led by women</translation>
    </message>
    <message>
        <source>Terms</source>
        <comment>producer</comment>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Commission</source>
        <comment>producer</comment>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Payment details</source>
        <comment>producer</comment>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>Fair price basis</source>
        <comment>producer</comment>
        <translation>Fair price basis</translation>
    </message>
    <message>
        <source>Last visit</source>
        <comment>producer</comment>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Result of the last visit</source>
        <comment>producer</comment>
        <translation>Result of the last visit</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>producer</comment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Child-labour check</source>
        <comment>producer</comment>
        <translation>Child-labour check</translation>
    </message>
    <message>
        <source>Result of the child-labour check</source>
        <comment>producer</comment>
        <translation>Result of the child-labour check</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <comment>producer</comment>
        <translation>Materials and dyes</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <comment>producer</comment>
        <translation>Environmental practice</translation>
    </message>
    <message>
        <source>Exempt-seller document</source>
        <comment>producer</comment>
        <translation>Exempt-seller document</translation>
    </message>
    <message>
        <source>Oblast</source>
        <comment>village</comment>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>District</source>
        <comment>village</comment>
        <translation>District</translation>
    </message>
    <message>
        <source>Quantity</source>
        <comment>stock</comment>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <comment>stock</comment>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>stock</comment>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>stock</comment>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>stock or login</comment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>File</source>
        <comment>backup</comment>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>backup</comment>
        <translation>Size</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>backup</comment>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>user</comment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>user</comment>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>user</comment>
        <translation>Language</translation>
    </message>
    <message>
        <source>Attempt</source>
        <comment>login</comment>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>wrong PIN</translation>
    </message>
    <message>
        <source>the user is locked after wrong PINs</source>
        <translation>the user is locked after wrong PINs</translation>
    </message>
    <message>
        <source>too many wrong PINs</source>
        <translation>too many wrong PINs</translation>
    </message>
    <message>
        <source>the user is disabled</source>
        <translation>the user is disabled</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>no such user</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>%1 changed: %2.</source>
        <translation>%1 changed: %2.</translation>
    </message>
    <message>
        <source>%1 taken off sale (archived).</source>
        <translation>%1 taken off sale (archived).</translation>
    </message>
    <message>
        <source>%1 back on sale.</source>
        <translation>%1 back on sale.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <source>New photo of %1.</source>
        <translation>New photo of %1.</translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation>Photo of %1 removed.</translation>
    </message>
    <message>
        <source>Producer %1 added.</source>
        <translation>Producer %1 added.</translation>
    </message>
    <message>
        <source>Producer %1 changed: %2.</source>
        <translation>Producer %1 changed: %2.</translation>
    </message>
    <message>
        <source>Producer %1 archived.</source>
        <translation>Producer %1 archived.</translation>
    </message>
    <message>
        <source>Producer %1 active again.</source>
        <translation>Producer %1 active again.</translation>
    </message>
    <message>
        <source>%1 received: %2.</source>
        <translation>%1 received: %2.</translation>
    </message>
    <message>
        <source>Village %1 added.</source>
        <translation>Village %1 added.</translation>
    </message>
    <message>
        <source>Village %1 changed: %2.</source>
        <translation>Village %1 changed: %2.</translation>
    </message>
    <message>
        <source>Logged in; the stored PIN was made stronger.</source>
        <translation>Logged in; the stored PIN was made stronger.</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Logged in.</translation>
    </message>
    <message>
        <source>Login refused: %1 (attempt %2).</source>
        <translation>Login refused: %1 (attempt %2).</translation>
    </message>
    <message>
        <source>Login refused: %1.</source>
        <translation>Login refused: %1.</translation>
    </message>
    <message>
        <source>Locked after wrong PINs until %1.</source>
        <translation>Locked after wrong PINs until %1.</translation>
    </message>
    <message>
        <source>%1 added as %2; language: %3.</source>
        <translation>%1 added as %2; language: %3.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>New PIN set for %1.</translation>
    </message>
    <message>
        <source>Language of %1: %2 → %3.</source>
        <translation>Language of %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Catalogue imported: %1 products added, %2 changed.</source>
        <translation>Catalogue imported: %1 products added, %2 changed.</translation>
    </message>
    <message>
        <source>Producers imported: %1 added, %2 changed.</source>
        <translation>Producers imported: %1 added, %2 changed.</translation>
    </message>
    <message>
        <source>Shift %1 opened with a float of %2.</source>
        <translation>Shift %1 opened with a float of %2.</translation>
    </message>
    <message>
        <source>%1 put into the drawer in shift %2: %3.</source>
        <translation>%1 put into the drawer in shift %2: %3.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer in shift %2: %3.</source>
        <translation>%1 taken out of the drawer in shift %2: %3.</translation>
    </message>
    <message>
        <source>Shift %1 closed with Z report %2: %3 counted, %4 expected, difference %5.</source>
        <translation>Shift %1 closed with Z report %2: %3 counted, %4 expected, difference %5.</translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %2, %n line(s).</source>
        <translation>
            <numerusform>Sale %1: %2, %n line.</numerusform>
            <numerusform>Sale %1: %2, %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1 against sale %2: %3 refunded.</source>
        <translation>Return %1 against sale %2: %3 refunded.</translation>
    </message>
    <message>
        <source>A cart of %1 voided before payment.</source>
        <translation>A cart of %1 voided before payment.</translation>
    </message>
    <message>
        <source>%1 approved for %2: %3. Reason: %4</source>
        <translation>%1 approved for %2: %3. Reason: %4</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 from %2 received: %n line(s).</source>
        <translation>
            <numerusform>Delivery %1 from %2 received: %n line.</numerusform>
            <numerusform>Delivery %1 from %2 received: %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Cost: %1.</translation>
    </message>
    <message>
        <source>Stock of %1 corrected by %2 (%3).</source>
        <translation>Stock of %1 corrected by %2 (%3).</translation>
    </message>
    <message>
        <source>Minimum level of %1: %2 → %3.</source>
        <translation>Minimum level of %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Commission of %1 on %2: its own rate of %3 applies again.</source>
        <translation>Commission of %1 on %2: its own rate of %3 applies again.</translation>
    </message>
    <message>
        <source>Commission of %1 on %2 set to %3.</source>
        <translation>Commission of %1 on %2 set to %3.</translation>
    </message>
    <message>
        <source>Statement %1 for %2, %3 to %4: sold %5, returned %6, commission %7, owed %8.</source>
        <translation>Statement %1 for %2, %3 to %4: sold %5, returned %6, commission %7, owed %8.</translation>
    </message>
    <message>
        <source>Payout %1 of %2 to %3 for statement %4 (%5).</source>
        <translation>Payout %1 of %2 to %3 for statement %4 (%5).</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 to %2: %n line(s).</source>
        <translation>
            <numerusform>Return %1 to %2: %n line.</numerusform>
            <numerusform>Return %1 to %2: %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stocktake %1 of the whole shop started.</source>
        <translation>Stocktake %1 of the whole shop started.</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 %3 started.</source>
        <translation>Stocktake %1 of %2 %3 started.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <source>Stocktake %1 posted with %2 correction(s) worth %3, approved by %4.</source>
        <translation>Stocktake %1 posted with %2 correction(s) worth %3, approved by %4.</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled: nothing posted.</source>
        <translation>Stocktake %1 cancelled: nothing posted.</translation>
    </message>
    <message>
        <source>Transfer %1 sent to %2: %3 in %4 line(s).</source>
        <translation>Transfer %1 sent to %2: %3 in %4 line(s).</translation>
    </message>
    <message>
        <source>Transfer %1 received from %2: %3, %4 line(s) with a difference.</source>
        <translation>Transfer %1 received from %2: %3, %4 line(s) with a difference.</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3 received, %4 line(s) with a difference.</source>
        <translation>%1 confirmed transfer %2: %3 received, %4 line(s) with a difference.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The copy could not be started; nothing was changed.</source>
        <translation>The copy could not be started; nothing was changed.</translation>
    </message>
    <message>
        <source>The database stayed busy; the copy was not made. Try again in a moment.</source>
        <translation>The database stayed busy; the copy was not made. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full; the copy was not made.</source>
        <translation>The disk is full; the copy was not made.</translation>
    </message>
    <message>
        <source>The copy could not be made; nothing was changed.</source>
        <translation>The copy could not be made; nothing was changed.</translation>
    </message>
    <message>
        <source>The copy could not be finished.</source>
        <translation>The copy could not be finished.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read; nothing was changed.</source>
        <translation>The backup %1 cannot be read; nothing was changed.</translation>
    </message>
    <message>
        <source>The copy could not be checked and was removed; try again.</source>
        <translation>The copy could not be checked and was removed; try again.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing file is never overwritten.</source>
        <translation>%1 already exists. Choose a new file name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 is the database itself; choose a backup file.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was restored.</source>
        <translation>There is no file %1; nothing was restored.</translation>
    </message>
    <message>
        <source>%1 holds no shop data; nothing was restored.</source>
        <translation>%1 holds no shop data; nothing was restored.</translation>
    </message>
    <message>
        <source>The current database could not be saved aside, so nothing was restored.</source>
        <translation>The current database could not be saved aside, so nothing was restored.</translation>
    </message>
    <message>
        <source>A backup was taken this very second; try again in a moment.</source>
        <translation>A backup was taken this very second; try again in a moment.</translation>
    </message>
    <message>
        <source>Log in as an administrator to restore a database; nothing was restored.</source>
        <translation>Log in as an administrator to restore a database; nothing was restored.</translation>
    </message>
    <message>
        <source>The database is open in another program (the shop application or another ovopctl). Close it there first.</source>
        <translation>The database is open in another program (the shop application or another ovopctl). Close it there first.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside, so nothing was restored.</source>
        <translation>%1 cannot be kept aside, so nothing was restored.</translation>
    </message>
    <message>
        <source>The restored database could not take the place of %1; the old one is kept in %2.</source>
        <translation>The restored database could not take the place of %1; the old one is kept in %2.</translation>
    </message>
    <message>
        <source>The backups of %1 cannot be rearranged.</source>
        <translation>The backups of %1 cannot be rearranged.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be read: it is not a folder this user may open. Ask whoever looks after this computer to make it one.</source>
        <translation>The backup folder %1 cannot be read: it is not a folder this user may open. Ask whoever looks after this computer to make it one.</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation>The barcode is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The barcode %1 has %n digit(s); an EAN-13 has 13, a UPC-A 12 and an EAN-8 8. Check that it was typed or scanned whole.</source>
        <translation>
            <numerusform>The barcode %1 has %n digit; an EAN-13 has 13, a UPC-A 12 and an EAN-8 8. Check that it was typed or scanned whole.</numerusform>
            <numerusform>The barcode %1 has %n digits; an EAN-13 has 13, a UPC-A 12 and an EAN-8 8. Check that it was typed or scanned whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>The barcode %1 is not a valid %2: its last digit should be %3. Check the digits or scan it again.</source>
        <translation>The barcode %1 is not a valid %2: its last digit should be %3. Check the digits or scan it again.</translation>
    </message>
    <message>
        <source>The barcode %1 is longer than %2 characters.</source>
        <translation>The barcode %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; holds characters a barcode cannot hold (only Latin letters, digits and punctuation, no spaces).</source>
        <translation>The barcode &quot;%1&quot; holds characters a barcode cannot hold (only Latin letters, digits and punctuation, no spaces).</translation>
    </message>
</context>
<context>
    <name>BreakdownCharts</name>
    <message>
        <source>som</source>
        <translation>som</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The product was not found; it may have been removed. Nothing was saved.</source>
        <translation>The product was not found; it may have been removed. Nothing was saved.</translation>
    </message>
    <message>
        <source>Choose the producer who made the product.</source>
        <translation>Choose the producer who made the product.</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>There is no product with the SKU %1.</translation>
    </message>
    <message>
        <source>No in-store barcode is free any more.</source>
        <translation>No in-store barcode is free any more.</translation>
    </message>
    <message>
        <source>The product %1 is already archived.</source>
        <translation>The product %1 is already archived.</translation>
    </message>
    <message>
        <source>The product %1 is not archived.</source>
        <translation>The product %1 is not archived.</translation>
    </message>
    <message>
        <source>The product %1 cannot be deleted: it has been received, sold or counted, and its history must stay. Archive it instead.</source>
        <translation>The product %1 cannot be deleted: it has been received, sold or counted, and its history must stay. Archive it instead.</translation>
    </message>
    <message>
        <source>The product %1 cannot be deleted: other records refer to it. Archive it instead.</source>
        <translation>The product %1 cannot be deleted: other records refer to it. Archive it instead.</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG image.</source>
        <translation>The photo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MB; make it smaller and try again.</source>
        <translation>The photo is larger than 2 MB; make it smaller and try again.</translation>
    </message>
    <message>
        <source>The SKU %1 is also on line %2 of the file.</source>
        <translation>The SKU %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2 of the file.</source>
        <translation>The barcode %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>Nothing was imported: the producer %1 was not found.</source>
        <translation>Nothing was imported: the producer %1 was not found.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed. Search for it again.</source>
        <translation>The product was not found; it may have been removed. Search for it again.</translation>
    </message>
    <message>
        <source>Enter the SKU, the shop&apos;s own code of the product (for example FLT-001).</source>
        <translation>Enter the SKU, the shop&apos;s own code of the product (for example FLT-001).</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; may hold only Latin letters, digits and - _ . / and at most %2 characters.</source>
        <translation>The SKU &quot;%1&quot; may hold only Latin letters, digits and - _ . / and at most %2 characters.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product. Choose another SKU.</source>
        <translation>The SKU %1 is already used by another product. Choose another SKU.</translation>
    </message>
    <message>
        <source>The barcode %1 is given twice.</source>
        <translation>The barcode %1 is given twice.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to the product %2 (%3). A barcode identifies one product only.</source>
        <translation>The barcode %1 already belongs to the product %2 (%3). A barcode identifies one product only.</translation>
    </message>
    <message>
        <source>Enter the name in at least one language (Kyrgyz, Russian or English).</source>
        <translation>Enter the name in at least one language (Kyrgyz, Russian or English).</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>The name is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;. Use one of: %2.</source>
        <translation>There is no category &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>The price must be more than zero.</translation>
    </message>
    <message>
        <source>There is no tax group &quot;%1&quot;. Use one of: %2.</source>
        <translation>There is no tax group &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1. Add the producer first or correct the code.</source>
        <translation>There is no producer with the code %1. Add the producer first or correct the code.</translation>
    </message>
    <message>
        <source>The chosen producer no longer exists. Choose the producer again.</source>
        <translation>The chosen producer no longer exists. Choose the producer again.</translation>
    </message>
    <message>
        <source>The unit cannot change: the product already has stock counted in %1. Archive it and add a new product instead.</source>
        <translation>The unit cannot change: the product already has stock counted in %1. Archive it and add a new product instead.</translation>
    </message>
</context>
<context>
    <name>CommissionService</name>
    <message>
        <source>The producer was not found.</source>
        <translation>The producer was not found.</translation>
    </message>
    <message>
        <source>The commission must be between 0 and 100%.</source>
        <translation>The commission must be between 0 and 100%.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>There is no category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Producer %1 has no commission of its own for &quot;%2&quot;: its rate applies already.</source>
        <translation>Producer %1 has no commission of its own for &quot;%2&quot;: its rate applies already.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not in UTF-8, and this installation cannot read the Windows-1251 encoding. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>The file is not in UTF-8, and this installation cannot read the Windows-1251 encoding. Save the file as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing). Check the quotes on that line and save the file again.</source>
        <translation>Line %1: a quoted field is never closed (a &quot; is missing). Check the quotes on that line and save the file again.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names, then one row per item.</source>
        <translation>The file is empty: it needs a header row with the column names, then one row per item.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>There is no file %1. Check the name and the folder.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check that you may open it and that no other program locks it.</source>
        <translation>Cannot read the file %1. Check that you may open it and that no other program locks it.</translation>
    </message>
    <message>
        <source>The file %1 is too large (more than %2 MB). Split it into smaller files.</source>
        <translation>The file %1 is too large (more than %2 MB). Split it into smaller files.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check that the disk is readable.</source>
        <translation>Cannot read the file %1. Check that the disk is readable.</translation>
    </message>
    <message>
        <source>Line %1: the file is in UTF-8, but this line holds a byte that is not UTF-8 (perhaps text pasted from a file in another encoding). Correct the line, save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Line %1: the file is in UTF-8, but this line holds a byte that is not UTF-8 (perhaps text pasted from a file in another encoding). Correct the line, save the file as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is text neither in UTF-8 nor in Windows-1251: the file may not be a CSV file. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Line %1 holds a byte that is text neither in UTF-8 nor in Windows-1251: the file may not be a CSV file. Save it as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Choose a CSV file.</source>
        <translation>%1 is not a regular file (it is a folder, a device or a pipe). Choose a CSV file.</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>The column %1 appears twice in the first row (columns %2 and %3). Keep one of them and import again. Nothing was imported.</source>
        <translation>The column %1 appears twice in the first row (columns %2 and %3). Keep one of them and import again. Nothing was imported.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2024-03-05 or 05.03.2024.</source>
        <translation>&quot;%1&quot; is not a date. Write it as 2024-03-05 or 05.03.2024.</translation>
    </message>
    <message>
        <source>The file has no column %1. Its first row must name the columns, at least: %2. Nothing was imported.</source>
        <translation>The file has no column %1. Its first row must name the columns, at least: %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>This row has %1 values, but the first row names only %2 columns. Put a value that holds the delimiter (%3) in double quotes, for example &quot;%4&quot;.</source>
        <translation>This row has %1 values, but the first row names only %2 columns. Put a value that holds the delimiter (%3) in double quotes, for example &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>The value holds a control character (U+%1), which a text may not hold. Remove it: it is often left behind by copying from another program.</source>
        <translation>The value holds a control character (U+%1), which a text may not hold. Remove it: it is often left behind by copying from another program.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no. Write one of: %2.</source>
        <translation>&quot;%1&quot; is neither yes nor no. Write one of: %2.</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>Usage: ovopctl --as NAME audit [--action PREFIX] [--user NAME] [--limit N]</source>
        <translation>Usage: ovopctl --as NAME audit [--action PREFIX] [--user NAME] [--limit N]</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>The backup was written to %1.</translation>
    </message>
    <message>
        <source>Usage: ovopctl --as NAME restore FILE</source>
        <translation>Usage: ovopctl --as NAME restore FILE</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>%1 was restored from %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>The database as it was before is kept in %1.</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog import FILE [--dry-run]</source>
        <translation>Usage: ovopctl catalog import FILE [--dry-run]</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation>
            <numerusform>%n product written to %1.</numerusform>
            <numerusform>%n products written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is sound: data version %2, %n audit entries in an unbroken chain.</source>
        <translation>
            <numerusform>%1 is sound: data version %2, %n audit entry in an unbroken chain.</numerusform>
            <numerusform>%1 is sound: data version %2, %n audit entries in an unbroken chain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 has %n problem:</numerusform>
            <numerusform>%1 has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>This command changes data: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>This command changes data: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Created the shop database %1 for %2 (%3), device %4.</source>
        <translation>Created the shop database %1 for %2 (%3), device %4.</translation>
    </message>
    <message>
        <source>Users: %1.</source>
        <translation>Users: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: ovopctl init --demo, or ovopctl init --shop-code CODE --shop-name NAME [--device-id ID] [--address TEXT] [--admin NAME] [--full-name TEXT].</source>
        <translation>Unexpected argument &quot;%1&quot;. Usage: ovopctl init --demo, or ovopctl init --shop-code CODE --shop-name NAME [--device-id ID] [--address TEXT] [--admin NAME] [--full-name TEXT].</translation>
    </message>
    <message>
        <source>init needs --shop-code CODE and --shop-name NAME (or --demo for the demo shop).</source>
        <translation>init needs --shop-code CODE and --shop-name NAME (or --demo for the demo shop).</translation>
    </message>
    <message>
        <source>%1 already has a shop with users; nothing was changed. Use another --db for a new shop.</source>
        <translation>%1 already has a shop with users; nothing was changed. Use another --db for a new shop.</translation>
    </message>
    <message>
        <source>PIN of the administrator %1 (4 to 8 digits): </source>
        <translation>PIN of the administrator %1 (4 to 8 digits): </translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>The database %1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 needs a whole number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Choose either --sheet or --single, not both.</source>
        <translation>Choose either --sheet or --single, not both.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;: put SKUs after --sku.</source>
        <translation>Unexpected &quot;%1&quot;: put SKUs after --sku.</translation>
    </message>
    <message>
        <source>Say which products: --sku SKU.</source>
        <translation>Say which products: --sku SKU.</translation>
    </message>
    <message>
        <source>Say where to write the labels: --out FILE.pdf.</source>
        <translation>Say where to write the labels: --out FILE.pdf.</translation>
    </message>
    <message>
        <source>No product has the SKU &quot;%1&quot;: see ovopctl product list.</source>
        <translation>No product has the SKU &quot;%1&quot;: see ovopctl product list.</translation>
    </message>
    <message>
        <source>The product %1 is archived: reactivate it before printing its label.</source>
        <translation>The product %1 is archived: reactivate it before printing its label.</translation>
    </message>
    <message>
        <source>No labels were written.</source>
        <translation>No labels were written.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1 (%2).</source>
        <translation>
            <numerusform>%n label written to %1 (%2).</numerusform>
            <numerusform>%n labels written to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl [--db PATH] [--lang ky|ru|en] [--json] [--as NAME] COMMAND ...</source>
        <translation>Usage: ovopctl [--db PATH] [--lang ky|ru|en] [--json] [--as NAME] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Commands that change data act as a user: --as NAME, with the PIN from the environment variable OVOP_PIN or typed at the prompt.</source>
        <translation>Commands that change data act as a user: --as NAME, with the PIN from the environment variable OVOP_PIN or typed at the prompt.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused or check failed, 2 usage error.</source>
        <translation>Exit status: 0 success, 1 refused or check failed, 2 usage error.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db needs a file name.</translation>
    </message>
    <message>
        <source>--lang needs ky, ru or en.</source>
        <translation>--lang needs ky, ru or en.</translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation>--as needs a user name.</translation>
    </message>
    <message>
        <source>Unknown option %1. See ovopctl --help.</source>
        <translation>Unknown option %1. See ovopctl --help.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ky, ru or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See ovopctl --help.</source>
        <translation>Unknown command &quot;%1&quot;. See ovopctl --help.</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1</source>
        <translation>Usage: ovopctl %1</translation>
    </message>
    <message>
        <source>No producers found.</source>
        <translation>No producers found.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n producer</numerusform>
            <numerusform>%n producers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the working-conditions visit overdue (none in the last 12 months).</source>
        <translation>
            <numerusform>%n with the working-conditions visit overdue (none in the last 12 months).</numerusform>
            <numerusform>%n with the working-conditions visit overdue (none in the last 12 months).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl producer import FILE [--dry-run]</source>
        <translation>Usage: ovopctl producer import FILE [--dry-run]</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) written to %1.</source>
        <translation>
            <numerusform>%n producer written to %1.</numerusform>
            <numerusform>%n producers written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] [--all | --archived] [--json]</source>
        <translation>Usage: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] [--all | --archived] [--json]</translation>
    </message>
    <message>
        <source>No products found.</source>
        <translation>No products found.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n product.</numerusform>
            <numerusform>%n products.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (was %3)</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Keys: %2</source>
        <translation>Usage: ovopctl %1
Keys: %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use cashier, manager or admin.</source>
        <translation>Unknown role &quot;%1&quot;: use cashier, manager or admin.</translation>
    </message>
    <message>
        <source>PIN of the new user %1: </source>
        <translation>PIN of the new user %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>New PIN of %1: </source>
        <translation>New PIN of %1: </translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>The PIN of %1 was changed.</translation>
    </message>
    <message>
        <source>%1 will see the application in %2.</source>
        <translation>%1 will see the application in %2.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;. Usage: ovopctl %2</source>
        <translation>Unknown user command &quot;%1&quot;. Usage: ovopctl %2</translation>
    </message>
    <message>
        <source>Usage: ovopctl user add NAME --role cashier|manager|admin [--full-name TEXT] [--language ky|ru|en]</source>
        <translation>Usage: ovopctl user add NAME --role cashier|manager|admin [--full-name TEXT] [--language ky|ru|en]</translation>
    </message>
    <message>
        <source>Usage: ovopctl user list</source>
        <translation>Usage: ovopctl user list</translation>
    </message>
    <message>
        <source>Usage: ovopctl --as NAME backup [FILE]</source>
        <translation>Usage: ovopctl --as NAME backup [FILE]</translation>
    </message>
    <message>
        <source>A restore needs an administrator: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>A restore needs an administrator: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog export FILE [--semicolon] [--force]</source>
        <translation>Usage: ovopctl catalog export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Usage: ovopctl catalog import FILE [--dry-run] | catalog export FILE [--semicolon] [--force]</source>
        <translation>Usage: ovopctl catalog import FILE [--dry-run] | catalog export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Usage: ovopctl check [--repair]</source>
        <translation>Usage: ovopctl check [--repair]</translation>
    </message>
    <message>
        <source>This command needs a login: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</source>
        <translation>This command needs a login: say who you are with --as NAME (the PIN from OVOP_PIN or typed at the prompt).</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Add --force to replace it.</translation>
    </message>
    <message>
        <source>Usage: ovopctl label --sku SKU [SKU...] [--sku SKU...] --out FILE.pdf [--sheet | --single] [--copies N] [--skip N] [--force] [--lang ky|ru|en]</source>
        <translation>Usage: ovopctl label --sku SKU [SKU...] [--sku SKU...] --out FILE.pdf [--sheet | --single] [--copies N] [--skip N] [--force] [--lang ky|ru|en]</translation>
    </message>
    <message>
        <source>Usage: ovopctl producer export FILE [--semicolon] [--force]</source>
        <translation>Usage: ovopctl producer export FILE [--semicolon] [--force]</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a producer</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a product</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>The shop has no ELQR link. Give one with --link, or set the shop&apos;s with ovopctl settings set elqr_link LINK.</source>
        <translation>The shop has no ELQR link. Give one with --link, or set the shop&apos;s with ovopctl settings set elqr_link LINK.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>Usage: ovopctl fiscal list [--failed] [--json]</source>
        <translation>Usage: ovopctl fiscal list [--failed] [--json]</translation>
    </message>
    <message>
        <source>Every receipt is sent to the fiscal register.</source>
        <translation>Every receipt is sent to the fiscal register.</translation>
    </message>
    <message>
        <source>No receipts.</source>
        <translation>No receipts.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Fiscal state</source>
        <translation>Fiscal state</translation>
    </message>
    <message>
        <source>Fiscal number</source>
        <translation>Fiscal number</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Usage: ovopctl fiscal retry</source>
        <translation>Usage: ovopctl fiscal retry</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) sent to the fiscal register.</source>
        <translation>
            <numerusform>%n receipt sent to the fiscal register.</numerusform>
            <numerusform>%n receipts sent to the fiscal register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) still not sent.</source>
        <translation>
            <numerusform>%n receipt still not sent.</numerusform>
            <numerusform>%n receipts still not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text) [--lang ky|ru|en] [--force]
Prints a sale&apos;s or a return&apos;s receipt again, marked as a copy, in the receipt&apos;s own language unless --lang is given.</source>
        <translation>Usage: ovopctl receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text) [--lang ky|ru|en] [--force]
Prints a sale&apos;s or a return&apos;s receipt again, marked as a copy, in the receipt&apos;s own language unless --lang is given.</translation>
    </message>
    <message>
        <source>Usage: ovopctl refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged] [--approve-as MANAGER] [--json]
Without QTY, what is left of the line comes back.</source>
        <translation>Usage: ovopctl refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged] [--approve-as MANAGER] [--json]
Without QTY, what is left of the line comes back.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line with the code %2.</source>
        <translation>Receipt %1 has no line with the code %2.</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>PIN of %1: </translation>
    </message>
    <message>
        <source>approved at the command line</source>
        <translation>approved at the command line</translation>
    </message>
    <message>
        <source>Usage: ovopctl sale --item CODE[:QTY]... --pay METHOD:AMOUNT[:DETAIL]... [--discount P%|AMOUNT] [--line-discount CODE:P%|AMOUNT]... [--lang ky|ru|en] [--approve-as MANAGER] [--json]
       ovopctl sale list [--shift N] [--from DATE] [--to DATE] [--json]
       ovopctl sale show RECEIPT [--json]
METHOD is cash, card (DETAIL: elcart, visa, mastercard, unionpay or other) or qr (DETAIL: the bank&apos;s reference).</source>
        <translation>Usage: ovopctl sale --item CODE[:QTY]... --pay METHOD:AMOUNT[:DETAIL]... [--discount P%|AMOUNT] [--line-discount CODE:P%|AMOUNT]... [--lang ky|ru|en] [--approve-as MANAGER] [--json]
       ovopctl sale list [--shift N] [--from DATE] [--to DATE] [--json]
       ovopctl sale show RECEIPT [--json]
METHOD is cash, card (DETAIL: elcart, visa, mastercard, unionpay or other) or qr (DETAIL: the bank&apos;s reference).</translation>
    </message>
    <message>
        <source>A discount in percent is more than 0% and at most 100%: %1</source>
        <translation>A discount in percent is more than 0% and at most 100%: %1</translation>
    </message>
    <message>
        <source>A discount is a percentage such as 10% or an amount in som such as 150: %1</source>
        <translation>A discount is a percentage such as 10% or an amount in som such as 150: %1</translation>
    </message>
    <message>
        <source>A payment is METHOD:AMOUNT[:DETAIL], e.g. cash:1000 or card:850:visa: %1</source>
        <translation>A payment is METHOD:AMOUNT[:DETAIL], e.g. cash:1000 or card:850:visa: %1</translation>
    </message>
    <message>
        <source>Unknown payment method %1: use cash, card or qr.</source>
        <translation>Unknown payment method %1: use cash, card or qr.</translation>
    </message>
    <message>
        <source>Unknown card scheme %1: use elcart, visa, mastercard, unionpay or other.</source>
        <translation>Unknown card scheme %1: use elcart, visa, mastercard, unionpay or other.</translation>
    </message>
    <message>
        <source>A cash payment has no detail: %1</source>
        <translation>A cash payment has no detail: %1</translation>
    </message>
    <message>
        <source>--line-discount needs CODE:DISCOUNT for a code sold in this sale: %1</source>
        <translation>--line-discount needs CODE:DISCOUNT for a code sold in this sale: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s).</source>
        <translation>
            <numerusform>%n sale.</numerusform>
            <numerusform>%n sales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Not sent to the fiscal register: %1 It is sent again by `ovopctl fiscal retry`.</source>
        <translation>Not sent to the fiscal register: %1 It is sent again by `ovopctl fiscal retry`.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Taken by %1</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift open --float AMOUNT</source>
        <translation>Usage: ovopctl shift open --float AMOUNT</translation>
    </message>
    <message>
        <source>Shift %1 open with a float of %2.</source>
        <translation>Shift %1 open with a float of %2.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift cash-out AMOUNT --reason TEXT</source>
        <translation>Usage: ovopctl shift cash-out AMOUNT --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift cash-in AMOUNT --reason TEXT</source>
        <translation>Usage: ovopctl shift cash-in AMOUNT --reason TEXT</translation>
    </message>
    <message>
        <source>%1 taken out; %2 expected in the drawer.</source>
        <translation>%1 taken out; %2 expected in the drawer.</translation>
    </message>
    <message>
        <source>%1 put in; %2 expected in the drawer.</source>
        <translation>%1 put in; %2 expected in the drawer.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift x [--json]</source>
        <translation>Usage: ovopctl shift x [--json]</translation>
    </message>
    <message>
        <source>Cannot read the count &quot;%1&quot;: write DENOMINATION:COUNT pairs in som, separated by commas, e.g. 5000:2,100:7,0.5:3.</source>
        <translation>Cannot read the count &quot;%1&quot;: write DENOMINATION:COUNT pairs in som, separated by commas, e.g. 5000:2,100:7,0.5:3.</translation>
    </message>
    <message>
        <source>Cannot read the count &quot;%1&quot;.</source>
        <translation>Cannot read the count &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: ovopctl shift close --count DENOM:N[,DENOM:N...] [--json]</source>
        <translation>Usage: ovopctl shift close --count DENOM:N[,DENOM:N...] [--json]</translation>
    </message>
    <message>
        <source>Z report %1: shift %2 closed.</source>
        <translation>Z report %1: shift %2 closed.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>A second demo shop needs both --shop-code CODE and --shop-name NAME; without them --demo creates the demo shop BIS-1.</source>
        <translation>A second demo shop needs both --shop-code CODE and --shop-name NAME; without them --demo creates the demo shop BIS-1.</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Pays the amount the statement owes, once. Cash comes out of the drawer of this till&apos;s open shift; bank and wallet transfers need --reference.</source>
        <translation>Usage: ovopctl %1
Pays the amount the statement owes, once. Cash comes out of the drawer of this till&apos;s open shift; bank and wallet transfers need --reference.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;: use cash, bank or wallet.</source>
        <translation>Unknown payment method &quot;%1&quot;: use cash, bank or wallet.</translation>
    </message>
    <message>
        <source>Statement %1 is %2&apos;s, not %3&apos;s.</source>
        <translation>Statement %1 is %2&apos;s, not %3&apos;s.</translation>
    </message>
    <message>
        <source>Payout %1: %2 paid to %3 for statement %4.</source>
        <translation>Payout %1: %2 paid to %3 for statement %4.</translation>
    </message>
    <message>
        <source>Usage: ovopctl producer return PRODUCER --item CODE:QTY [--item CODE:QTY...] [--note TEXT] [--pdf FILE [--force]] [--json]
Gives unsold goods back to their producer: CODE is a SKU or a barcode, QTY how many; the first-expiring batches go first. The PDF is the document both sign.</source>
        <translation>Usage: ovopctl producer return PRODUCER --item CODE:QTY [--item CODE:QTY...] [--note TEXT] [--pdf FILE [--force]] [--json]
Gives unsold goods back to their producer: CODE is a SKU or a barcode, QTY how many; the first-expiring batches go first. The PDF is the document both sign.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE:QTY, for example FLT-001:2.</source>
        <translation>&quot;%1&quot; is not CODE:QTY, for example FLT-001:2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>No product has the code %1.</translation>
    </message>
    <message>
        <source>Return %1 is recorded, but its document was not written: %2</source>
        <translation>Return %1 is recorded, but its document was not written: %2</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 to %2: %n line(s).</source>
        <translation>
            <numerusform>Return %1 to %2: %n line.</numerusform>
            <numerusform>Return %1 to %2: %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl producer commission PRODUCER [--category KEY (--rate PERCENT | --clear)] [--json]
Shows the producer&apos;s commission and its rates per category; sets a category&apos;s rate (25 or 12.5 for percent) or clears it so that the producer&apos;s rate applies.</source>
        <translation>Usage: ovopctl producer commission PRODUCER [--category KEY (--rate PERCENT | --clear)] [--json]
Shows the producer&apos;s commission and its rates per category; sets a category&apos;s rate (25 or 12.5 for percent) or clears it so that the producer&apos;s rate applies.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: give a percentage from 0 to 100, such as 25 or 12.5.</source>
        <translation>&quot;%1&quot; is not a rate: give a percentage from 0 to 100, such as 25 or 12.5.</translation>
    </message>
    <message>
        <source>%1 (%2): commission %3</source>
        <translation>%1 (%2): commission %3</translation>
    </message>
    <message>
        <source>Usage: ovopctl reorder [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en]</source>
        <translation>Usage: ovopctl reorder [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en]</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>No product is below its minimum level.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>To order</translation>
    </message>
    <message>
        <source>Usage: ovopctl %1
Makes the statement of a consignment producer&apos;s sales and returns of the period (days of this computer&apos;s time zone) that are not on a statement yet. When every line of the period is on a statement of exactly that period already, shows that statement instead. The statement is in the shop&apos;s receipt language unless --lang is given.</source>
        <translation>Usage: ovopctl %1
Makes the statement of a consignment producer&apos;s sales and returns of the period (days of this computer&apos;s time zone) that are not on a statement yet. When every line of the period is on a statement of exactly that period already, shows that statement instead. The statement is in the shop&apos;s receipt language unless --lang is given.</translation>
    </message>
    <message>
        <source>Statement %1: %2 (%3), %4 to %5</source>
        <translation>Statement %1: %2 (%3), %4 to %5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>(returned)</source>
        <translation>(returned)</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>Sold: %1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>Commission: %1</translation>
    </message>
    <message>
        <source>Owed: %1</source>
        <translation>Owed: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Paid: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Statement %1 written to %2.</source>
        <translation>Statement %1 written to %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Every line of this period is on statement %1 already.</source>
        <translation>Every line of this period is on statement %1 already.</translation>
    </message>
    <message>
        <source>No statements.</source>
        <translation>No statements.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Usage: ovopctl stock list [--low] [--expired] [--producer CODE] [--category KEY] [--search TEXT] [--json]
       ovopctl stock receive --producer CODE (--consignment | --purchase) --item CODE:QTY[:COST][@BATCH:EXPIRY]... [--document NUMBER] [--note TEXT] [--date YYYY-MM-DD] [--json]
       ovopctl stock adjust CODE QTY --reason damage|loss|sample|found|other [--note TEXT] [--batch B]
       ovopctl stock history CODE [--json]
       ovopctl stock min CODE QTY</source>
        <translation>Usage: ovopctl stock list [--low] [--expired] [--producer CODE] [--category KEY] [--search TEXT] [--json]
       ovopctl stock receive --producer CODE (--consignment | --purchase) --item CODE:QTY[:COST][@BATCH:EXPIRY]... [--document NUMBER] [--note TEXT] [--date YYYY-MM-DD] [--json]
       ovopctl stock adjust CODE QTY --reason damage|loss|sample|found|other [--note TEXT] [--batch B]
       ovopctl stock history CODE [--json]
       ovopctl stock min CODE QTY</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>stock list</comment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>expired batch</source>
        <translation>expired batch</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expires soon</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s); stock value %1.</source>
        <translation>
            <numerusform>%n product; stock value %1.</numerusform>
            <numerusform>%n products; stock value %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item is CODE:QTY[:COST][@BATCH:EXPIRY], e.g. FLT-001:5:450 or HON-001:10@B7:2027-06-30: %1</source>
        <translation>An item is CODE:QTY[:COST][@BATCH:EXPIRY], e.g. FLT-001:5:450 or HON-001:10@B7:2027-06-30: %1</translation>
    </message>
    <message>
        <source>An expiry date is YYYY-MM-DD: %1</source>
        <translation>An expiry date is YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD: %1</source>
        <translation>--date needs a date as YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>Unknown reason %1: use damage, loss, sample, found or other.</source>
        <translation>Unknown reason %1: use damage, loss, sample, found or other.</translation>
    </message>
    <message>
        <source>No stock movements.</source>
        <translation>No stock movements.</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Minimum level of %1: %2.</source>
        <translation>Minimum level of %1: %2.</translation>
    </message>
    <message>
        <source>category %1 (%2)</source>
        <translation>category %1 (%2)</translation>
    </message>
    <message>
        <source>producer %1 (%2)</source>
        <translation>producer %1 (%2)</translation>
    </message>
    <message>
        <source>the whole shop</source>
        <translation>the whole shop</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake start [--category KEY | --producer CODE]</source>
        <translation>Usage: ovopctl stocktake start [--category KEY | --producer CODE]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 started: count with &quot;ovopctl stocktake count CODE QTY&quot;.</source>
        <translation>Stocktake %1 of %2 started: count with &quot;ovopctl stocktake count CODE QTY&quot;.</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake count CODE QTY [--batch B]</source>
        <translation>Usage: ovopctl stocktake count CODE QTY [--batch B]</translation>
    </message>
    <message>
        <source>%1 (%2): %3 counted so far.</source>
        <translation>%1 (%2): %3 counted so far.</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake show [--json]</source>
        <translation>Usage: ovopctl stocktake show [--json]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2, started %3 by %4.</source>
        <translation>Stocktake %1 of %2, started %3 by %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>Moved since</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>Gains %1, losses %2.</source>
        <translation>Gains %1, losses %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) not counted yet: posting counts them as zero.</source>
        <translation>
            <numerusform>%n product not counted yet: posting counts it as zero.</numerusform>
            <numerusform>%n products not counted yet: posting counts them as zero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods sold or received after a product was first counted are allowed for (&quot;moved since&quot;).</source>
        <translation>Goods sold or received after a product was first counted are allowed for (&quot;moved since&quot;).</translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake post</source>
        <translation>Usage: ovopctl stocktake post</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %n correction(s), worth %2.</source>
        <translation>
            <numerusform>Stocktake %1 posted: %n correction, worth %2.</numerusform>
            <numerusform>Stocktake %1 posted: %n corrections, worth %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ovopctl stocktake cancel</source>
        <translation>Usage: ovopctl stocktake cancel</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled: nothing was posted.</source>
        <translation>Stocktake %1 cancelled: nothing was posted.</translation>
    </message>
    <message>
        <source>Write each line as CODE:QTY, e.g. FLT-001:3: %1</source>
        <translation>Write each line as CODE:QTY, e.g. FLT-001:3: %1</translation>
    </message>
    <message>
        <source>The quantity must be more than zero: %1</source>
        <translation>The quantity must be more than zero: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer out --to SHOP --item CODE:QTY... --out FILE [--json]</source>
        <translation>Usage: ovopctl transfer out --to SHOP --item CODE:QTY... --out FILE [--json]</translation>
    </message>
    <message>
        <source>Transfer %1 to %2: the goods left the stock; give the file %3 to the receiving shop.</source>
        <translation>Transfer %1 to %2: the goods left the stock; give the file %3 to the receiving shop.</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer in FILE [--received CODE:QTY...] [--confirmation FILE] [--json]</source>
        <translation>Usage: ovopctl transfer in FILE [--received CODE:QTY...] [--confirmation FILE] [--json]</translation>
    </message>
    <message>
        <source>--received is for a transfer file; this is a confirmation.</source>
        <translation>--received is for a transfer file; this is a confirmation.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 received (%3).</source>
        <translation>Transfer %1 from %2 received (%3).</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3.</source>
        <translation>%1 confirmed transfer %2: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 was already received: nothing changed.</source>
        <translation>Transfer %1 was already received: nothing changed.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded: nothing changed.</source>
        <translation>The confirmation of transfer %1 was already recorded: nothing changed.</translation>
    </message>
    <message>
        <source>Confirmation written to %1: give it to %2.</source>
        <translation>Confirmation written to %1: give it to %2.</translation>
    </message>
    <message>
        <source>Usage: ovopctl transfer list [--json]</source>
        <translation>Usage: ovopctl transfer list [--json]</translation>
    </message>
    <message>
        <source>No transfers yet.</source>
        <translation>No transfers yet.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Quantity sent</source>
        <translation>Quantity sent</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a report row</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1 less %2 returned: %3</source>
        <translation>
            <numerusform>%n sale, %1 less %2 returned: %3</numerusform>
            <numerusform>%n sales, %1 less %2 returned: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in stock, worth %1 (of it %2 on consignment).</source>
        <translation>
            <numerusform>%n product in stock, worth %1 (of it %2 on consignment).</numerusform>
            <numerusform>%n products in stock, worth %1 (of it %2 on consignment).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Owed to producers: %1; paid in the period: %2.</source>
        <translation>Owed to producers: %1; paid in the period: %2.</translation>
    </message>
    <message>
        <source>Sales less returns: %1</source>
        <translation>Sales less returns: %1</translation>
    </message>
    <message>
        <source>Paid to producers: %1; owed to them: %2</source>
        <translation>Paid to producers: %1; owed to them: %2</translation>
    </message>
    <message>
        <source>Producers reached: %1 in %2 village(s) of %3 oblast(s)</source>
        <translation>Producers reached: %1 in %2 village(s) of %3 oblast(s)</translation>
    </message>
    <message>
        <source>Women-led producers: %1 of the sales; women members: %2</source>
        <translation>Women-led producers: %1 of the sales; women members: %2</translation>
    </message>
    <message>
        <source>Working-conditions visit current: %1 of the sales</source>
        <translation>Working-conditions visit current: %1 of the sales</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producers</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Visit overdue:</source>
        <translation>Visit overdue:</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>%1 (return of %2)</source>
        <translation>%1 (return of %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown: the newest %1 are listed (--limit).</source>
        <translation>
            <numerusform>%n more not shown: the newest %1 are listed (--limit).</numerusform>
            <numerusform>%n more not shown: the newest %1 are listed (--limit).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of rows.</source>
        <translation>&quot;%1&quot; is not a number of rows.</translation>
    </message>
    <message>
        <source>Made again from the ledger: %1.</source>
        <translation>Made again from the ledger: %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a shop database: it is not an SQLite file.</source>
        <translation>%1 is not a shop database: it is not an SQLite file.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used. Restore it from a backup (ovopctl restore FILE).</source>
        <translation>%1 is damaged and cannot be used. Restore it from a backup (ovopctl restore FILE).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a shop database.</source>
        <translation>%1 is an SQLite database of another program, not a shop database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this application (data version %2; this version understands up to %3). Install the newer version to open it.</source>
        <translation>%1 was written by a newer version of this application (data version %2; this version understands up to %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>There is no shop database at %1. Create one with &quot;ovopctl init&quot;.</source>
        <translation>There is no shop database at %1. Create one with &quot;ovopctl init&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to data version %1 (%2); it was left as it was.</source>
        <translation>The database could not be upgraded to data version %1 (%2); it was left as it was.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that holds it exclusively (a restore, perhaps). Nothing was changed; try again when it has finished.</source>
        <translation>%1 is in use by another program that holds it exclusively (a restore, perhaps). Nothing was changed; try again when it has finished.</translation>
    </message>
    <message>
        <source>%1 cannot be read: this user may not open the file or its folder.</source>
        <translation>%1 cannot be read: this user may not open the file or its folder.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. %2</source>
        <translation>The database %1 cannot be opened. %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only for this user, and the shop application must write to it. Ask whoever looks after this computer to allow writing to the file and its folder.</source>
        <translation>The database %1 is read-only for this user, and the shop application must write to it. Ask whoever looks after this computer to allow writing to the file and its folder.</translation>
    </message>
    <message>
        <source>The audit log of %1 is no longer protected: %2 Nothing can be done with this database until an administrator runs &quot;ovopctl check --repair&quot;.</source>
        <translation>The audit log of %1 is no longer protected: %2 Nothing can be done with this database until an administrator runs &quot;ovopctl check --repair&quot;.</translation>
    </message>
    <message>
        <source>The upgrade would leave records that refer to records that do not exist.</source>
        <translation>The upgrade would leave records that refer to records that do not exist.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>This database already has products; the demo catalogue goes into an empty catalogue only.</source>
        <translation>This database already has products; the demo catalogue goes into an empty catalogue only.</translation>
    </message>
    <message>
        <source>The demo catalogue is missing from this build.</source>
        <translation>The demo catalogue is missing from this build.</translation>
    </message>
    <message>
        <source>The demo catalogue is damaged.</source>
        <translation>The demo catalogue is damaged.</translation>
    </message>
    <message>
        <source>The demo catalogue could not be stored.</source>
        <translation>The demo catalogue could not be stored.</translation>
    </message>
    <message>
        <source>Opening stock from %1</source>
        <translation>Opening stock from %1</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The demo history needs the demo catalogue.</source>
        <translation>The demo history needs the demo catalogue.</translation>
    </message>
    <message>
        <source>Delivered for the month&apos;s sales</source>
        <translation>Delivered for the month&apos;s sales</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>This database already has users; the demo shop goes into a new database only.</source>
        <translation>This database already has users; the demo shop goes into a new database only.</translation>
    </message>
    <message>
        <source>Water for the shop</source>
        <translation>Water for the shop</translation>
    </message>
</context>
<context>
    <name>Elqr</name>
    <message>
        <source>The ELQR link ends in the middle of a field: &quot;%1&quot; is not a whole id and length.</source>
        <translation>The ELQR link ends in the middle of a field: &quot;%1&quot; is not a whole id and length.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ELQR field id: every field starts with two digits.</source>
        <translation>&quot;%1&quot; is not an ELQR field id: every field starts with two digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in ELQR field %2 is not a sub-field id: every sub-field starts with two digits.</source>
        <translation>&quot;%1&quot; in ELQR field %2 is not a sub-field id: every sub-field starts with two digits.</translation>
    </message>
    <message>
        <source>The length of ELQR field %1 is not two digits: &quot;%2&quot;.</source>
        <translation>The length of ELQR field %1 is not two digits: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>ELQR field %1 is cut short: its length says %2 characters, only %3 follow.</source>
        <translation>ELQR field %1 is cut short: its length says %2 characters, only %3 follow.</translation>
    </message>
    <message>
        <source>This is not an ELQR link: it has no &apos;#&apos; before the payment fields.</source>
        <translation>This is not an ELQR link: it has no &apos;#&apos; before the payment fields.</translation>
    </message>
    <message>
        <source>The ELQR link has no payment fields after &apos;#&apos;.</source>
        <translation>The ELQR link has no payment fields after &apos;#&apos;.</translation>
    </message>
    <message>
        <source>ELQR field %1 appears more than once.</source>
        <translation>ELQR field %1 appears more than once.</translation>
    </message>
    <message>
        <source>The ELQR link has no field %1.</source>
        <translation>The ELQR link has no field %1.</translation>
    </message>
    <message>
        <source>The ELQR link has neither field %1 nor field %2.</source>
        <translation>The ELQR link has neither field %1 nor field %2.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 01, not &quot;%2&quot;.</source>
        <translation>ELQR field %1 must be 01, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 11 (static) or 12 (dynamic), not &quot;%2&quot;.</source>
        <translation>ELQR field %1 must be 11 (static) or 12 (dynamic), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be 417 (som), not &quot;%2&quot;.</source>
        <translation>ELQR field %1 must be 417 (som), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be a whole number of tyiyn in digits, not &quot;%2&quot;.</source>
        <translation>ELQR field %1 must be a whole number of tyiyn in digits, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>ELQR field %1 is too long: %2 characters, at most %3.</source>
        <translation>ELQR field %1 is too long: %2 characters, at most %3.</translation>
    </message>
    <message>
        <source>ELQR field %1 must be four hex digits, not &quot;%2&quot;.</source>
        <translation>ELQR field %1 must be four hex digits, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The ELQR checksum (field 63) does not match the other fields: the link says %1, they give %2. The link was changed or copied wrongly.</source>
        <translation>The ELQR checksum (field 63) does not match the other fields: the link says %1, they give %2. The link was changed or copied wrongly.</translation>
    </message>
    <message>
        <source>provider id</source>
        <translation>provider id</translation>
    </message>
    <message>
        <source>service code</source>
        <translation>service code</translation>
    </message>
    <message>
        <source>recipient id</source>
        <translation>recipient id</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>transaction id</translation>
    </message>
    <message>
        <source>amount editable</source>
        <translation>amount editable</translation>
    </message>
    <message>
        <source>recipient editable</source>
        <translation>recipient editable</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>format version</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>merchant</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>merchant category code</source>
        <translation>merchant category code</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>provider name</source>
        <translation>provider name</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>checksum</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <source>The amount of a QR payment must be above zero.</source>
        <translation>The amount of a QR payment must be above zero.</translation>
    </message>
    <message>
        <source>A QR payment needs the receipt number.</source>
        <translation>A QR payment needs the receipt number.</translation>
    </message>
    <message>
        <source>The receipt number is too long for an ELQR link: %1 characters, at most %2.</source>
        <translation>The receipt number is too long for an ELQR link: %1 characters, at most %2.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>%1 is a file of the shop database itself (%2), not a file to read from. Choose another file.</source>
        <translation>%1 is a file of the shop database itself (%2), not a file to read from. Choose another file.</translation>
    </message>
    <message>
        <source>%1 is a file of the shop database (%2) or of its backups; it is never written over. Choose another file name or folder.</source>
        <translation>%1 is a file of the shop database (%2) or of its backups; it is never written over. Choose another file name or folder.</translation>
    </message>
</context>
<context>
    <name>FiscalService</name>
    <message>
        <source>Only sales and returns are sent to the fiscal register.</source>
        <translation>Only sales and returns are sent to the fiscal register.</translation>
    </message>
    <message>
        <source>The receipt cannot be sent to the fiscal register before the sale is saved.</source>
        <translation>The receipt cannot be sent to the fiscal register before the sale is saved.</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>The receipt was not found.</translation>
    </message>
</context>
<context>
    <name>GroupSalesReport</name>
    <message>
        <source>Ask for 1 to %1 sales and returns, not %2.</source>
        <translation>Ask for 1 to %1 sales and returns, not %2.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>OVOP shop</source>
        <translation>OVOP shop</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not known. Use ky, ru or en.</source>
        <translation>The language &quot;%1&quot; is not known. Use ky, ru or en.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>New: %1, changed: %2, unchanged: %3.</source>
        <translation>New: %1, changed: %2, unchanged: %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>  line %1, %2: new</source>
        <translation>  line %1, %2: new</translation>
    </message>
    <message>
        <source>  line %1, %2: changes %3</source>
        <translation>  line %1, %2: changes %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Everything in the file is already there: nothing was changed.</source>
        <translation>Everything in the file is already there: nothing was changed.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Imported: %1 new, %2 changed, %3 unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>File %1: %2, delimiter &quot;%3&quot;, %n row(s).</source>
        <translation>
            <numerusform>File %1: %2, delimiter &quot;%3&quot;, %n row.</numerusform>
            <numerusform>File %1: %2, delimiter &quot;%3&quot;, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>With problems: %1.</source>
        <translation>With problems: %1.</translation>
    </message>
</context>
<context>
    <name>ImportRowReport</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>The database %1 is already open in %2 (process %3 on computer %4). Close it there first, or continue in that window.</source>
        <translation>The database %1 is already open in %2 (process %3 on computer %4). Close it there first, or continue in that window.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The database %1 is already open in another program. Close it there first.</source>
        <translation>The database %1 is already open in another program. Close it there first.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created: there is no permission to write in that folder.</source>
        <translation>The lock file %1 cannot be created: there is no permission to write in that folder.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>The lock file %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The database file is damaged and cannot be checked: %1 Restore it from a backup.</source>
        <translation>The database file is damaged and cannot be checked: %1 Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from a backup.</source>
        <translation>The database file is damaged: %1. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: %1</source>
        <translation>The links between records cannot be checked: %1</translation>
    </message>
    <message>
        <source>Record %1 of table %2 refers to a record of table %3 that does not exist.</source>
        <translation>Record %1 of table %2 refers to a record of table %3 that does not exist.</translation>
    </message>
    <message>
        <source>The stock levels cannot be compared with the ledger: %1</source>
        <translation>The stock levels cannot be compared with the ledger: %1</translation>
    </message>
    <message>
        <source>The Z reports cannot be compared with their shifts: %1</source>
        <translation>The Z reports cannot be compared with their shifts: %1</translation>
    </message>
    <message>
        <source>The stock movements&apos; documents cannot be checked: %1</source>
        <translation>The stock movements&apos; documents cannot be checked: %1</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports cannot be compared with the ledger: %1</source>
        <translation>The sales figures kept for the reports cannot be compared with the ledger: %1</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports cannot be compared with the ledger: %1</source>
        <translation>The producers&apos; money kept for the reports cannot be compared with the ledger: %1</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports cannot be compared with the ledger: %1</source>
        <translation>The products&apos; sales kept for the reports cannot be compared with the ledger: %1</translation>
    </message>
</context>
<context>
    <name>LabelRenderer</name>
    <message>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>Label %1 (%2)</source>
        <translation>Label %1 (%2)</translation>
    </message>
    <message>
        <source>The product has no name in the chosen language.</source>
        <translation>The product has no name in the chosen language.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; is too long to print on a label: give the product an in-store barcode.</source>
        <translation>The barcode &quot;%1&quot; is too long to print on a label: give the product an in-store barcode.</translation>
    </message>
    <message>
        <source>The product code &quot;%1&quot; is too long for the QR code of a label: use a shorter code.</source>
        <translation>The product code &quot;%1&quot; is too long for the QR code of a label: use a shorter code.</translation>
    </message>
    <message>
        <source>There are no labels to print: choose at least one product.</source>
        <translation>There are no labels to print: choose at least one product.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and %1.</source>
        <translation>The number of copies must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The number of used labels to skip must be between 0 and %1.</source>
        <translation>The number of used labels to skip must be between 0 and %1.</translation>
    </message>
    <message>
        <source>Price labels</source>
        <translation>Price labels</translation>
    </message>
    <message>
        <source>The preview resolution must be between 50 and 1200 dots per inch.</source>
        <translation>The preview resolution must be between 50 and 1200 dots per inch.</translation>
    </message>
    <message>
        <source>Label 58 x 40 mm</source>
        <translation>Label 58 x 40 mm</translation>
    </message>
    <message>
        <source>The printer does not take pages of %1: choose another printer or paper.</source>
        <translation>The printer does not take pages of %1: choose another printer or paper.</translation>
    </message>
    <message>
        <source>Could not start printing the labels: check that the printer is ready.</source>
        <translation>Could not start printing the labels: check that the printer is ready.</translation>
    </message>
    <message>
        <source>Could not start a new page: check the printer.</source>
        <translation>Could not start a new page: check the printer.</translation>
    </message>
    <message>
        <source>Could not finish printing the labels: check the printer.</source>
        <translation>Could not finish printing the labels: check the printer.</translation>
    </message>
</context>
<context>
    <name>LinearBarcode</name>
    <message>
        <source>The product has no barcode: give it one (or an in-store code) before printing its label.</source>
        <translation>The product has no barcode: give it one (or an in-store code) before printing its label.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; has %2 digits: a barcode of digits must be an EAN-13 (13 digits), EAN-8 (8 digits) or UPC-A (12 digits).</source>
        <translation>The barcode &quot;%1&quot; has %2 digits: a barcode of digits must be an EAN-13 (13 digits), EAN-8 (8 digits) or UPC-A (12 digits).</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; has a wrong check digit (%2, it should be %3): check the number printed on the product.</source>
        <translation>The barcode &quot;%1&quot; has a wrong check digit (%2, it should be %3): check the number printed on the product.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; contains &quot;%2&quot;: a barcode may hold only digits, Latin letters and signs, without spaces.</source>
        <translation>The barcode &quot;%1&quot; contains &quot;%2&quot;: a barcode may hold only digits, Latin letters and signs, without spaces.</translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; is too long to print on a label (at most %2 characters): give the product an in-store barcode.</source>
        <translation>The barcode &quot;%1&quot; is too long to print on a label (at most %2 characters): give the product an in-store barcode.</translation>
    </message>
    <message>
        <source>Could not draw the barcode &quot;%1&quot;: out of memory.</source>
        <translation>Could not draw the barcode &quot;%1&quot;: out of memory.</translation>
    </message>
    <message>
        <source>Could not draw the barcode &quot;%1&quot;.</source>
        <translation>Could not draw the barcode &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>MinLevels</name>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>The product was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>The minimum level cannot be less than zero.</source>
        <translation>The minimum level cannot be less than zero.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 is counted in whole pieces: enter a whole number.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (tyiyn): &quot;%1&quot;.</source>
        <translation>An amount has at most two decimals (tyiyn): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The amount cannot be negative: &quot;%1&quot;.</source>
        <translation>The amount cannot be negative: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The amount is too large: &quot;%1&quot;.</source>
        <translation>The amount is too large: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Write it like 1234,50 or 1234.50.</source>
        <translation>&quot;%1&quot; is not an amount of money. Write it like 1234,50 or 1234.50.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>add users, disable or enable them, reset PINs</source>
        <translation>add users, disable or enable them, reset PINs</translation>
    </message>
    <message>
        <source>who did what and when, and a check that no entry was altered</source>
        <translation>who did what and when, and a check that no entry was altered</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>find products by barcode, SKU or name, see prices and stock, print labels</source>
        <translation>find products by barcode, SKU or name, see prices and stock, print labels</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producers</translation>
    </message>
    <message>
        <source>the producers, their villages and due-diligence record, overdue working-conditions visits</source>
        <translation>the producers, their villages and due-diligence record, overdue working-conditions visits</translation>
    </message>
    <message>
        <source>shop code, name, address, device, receipt header, tax profile and villages</source>
        <translation>shop code, name, address, device, receipt header, tax profile and villages</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>the till: scan goods, take cash, card or QR payments, park and recall carts</source>
        <translation>the till: scan goods, take cash, card or QR payments, park and recall carts</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>open and close the shift, cash in and out, X and Z reports, returns, the fiscal register</source>
        <translation>open and close the shift, cash in and out, X and Z reports, returns, the fiscal register</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>statements of what sold for consignment producers, paying them, goods given back to them</source>
        <translation>statements of what sold for consignment producers, paying them, goods given back to them</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>stock on hand and its value, deliveries from producers, corrections, minimum levels and the reorder list</source>
        <translation>stock on hand and its value, deliveries from producers, corrections, minimum levels and the reorder list</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>count the goods on the shelves by scanning them, see the differences, post the count</source>
        <translation>count the goods on the shelves by scanning them, see the differences, post the count</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>send goods to another shop of the network with a file, receive goods sent here</source>
        <translation>send goods to another shop of the network with a file, receive goods sent here</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>the dashboard: sales over time, by category, oblast, producer and payment method, stock value; the reports as tables, PDF, CSV or on paper</source>
        <translation>the dashboard: sales over time, by category, oblast, producer and payment method, stock value; the reports as tables, PDF, CSV or on paper</translation>
    </message>
</context>
<context>
    <name>PayoutService</name>
    <message>
        <source>Give the bank transfer&apos;s reference, as the bank&apos;s receipt shows it.</source>
        <translation>Give the bank transfer&apos;s reference, as the bank&apos;s receipt shows it.</translation>
    </message>
    <message>
        <source>Give the wallet transfer&apos;s reference, as the wallet&apos;s receipt shows it.</source>
        <translation>Give the wallet transfer&apos;s reference, as the wallet&apos;s receipt shows it.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters; shorten it.</source>
        <translation>The reference is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>Statement %1 was paid already with payout %2 (%3): it cannot be paid twice.</source>
        <translation>Statement %1 was paid already with payout %2 (%3): it cannot be paid twice.</translation>
    </message>
    <message>
        <source>Statement %1 owes %2 nothing: there is nothing to pay.</source>
        <translation>Statement %1 owes %2 nothing: there is nothing to pay.</translation>
    </message>
    <message>
        <source>On statement %1 the returns outweigh the sales: %2 owes the shop %3, there is nothing to pay.</source>
        <translation>On statement %1 the returns outweigh the sales: %2 owes the shop %3, there is nothing to pay.</translation>
    </message>
    <message>
        <source>A cash payout comes out of the drawer: open a shift on this till first, or pay by bank or wallet.</source>
        <translation>A cash payout comes out of the drawer: open a shift on this till first, or pay by bank or wallet.</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer: %2 for %3 cannot be paid in cash.</source>
        <translation>Only %1 is expected in the drawer: %2 for %3 cannot be paid in cash.</translation>
    </message>
    <message>
        <source>Payout %1 to %2 for statement %3</source>
        <translation>Payout %1 to %2 for statement %3</translation>
    </message>
</context>
<context>
    <name>PlaceService</name>
    <message>
        <source>Enter the village&apos;s name in at least one language.</source>
        <translation>Enter the village&apos;s name in at least one language.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>The name is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>Choose the oblast of the village.</source>
        <translation>Choose the oblast of the village.</translation>
    </message>
    <message>
        <source>The chosen district is not in the list.</source>
        <translation>The chosen district is not in the list.</translation>
    </message>
    <message>
        <source>The chosen district is not in the chosen oblast. Choose them again.</source>
        <translation>The chosen district is not in the chosen oblast. Choose them again.</translation>
    </message>
    <message>
        <source>There is already a village named %1 in this district.</source>
        <translation>There is already a village named %1 in this district.</translation>
    </message>
    <message>
        <source>The village was not found; it may have been removed. Nothing was saved.</source>
        <translation>The village was not found; it may have been removed. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ProducerDocument</name>
    <message>
        <source>Statement %1</source>
        <translation>Statement %1</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned by customers</source>
        <translation>Returned by customers</translation>
    </message>
    <message>
        <source>Shop&apos;s commission</source>
        <translation>Shop&apos;s commission</translation>
    </message>
    <message>
        <source>Owed to the producer</source>
        <translation>Owed to the producer</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation>For the shop</translation>
    </message>
    <message>
        <source>The producer</source>
        <translation>The producer</translation>
    </message>
    <message>
        <source>Goods returned to the producer %1</source>
        <translation>Goods returned to the producer %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Handed over for the shop</source>
        <translation>Handed over for the shop</translation>
    </message>
    <message>
        <source>Received by the producer</source>
        <translation>Received by the producer</translation>
    </message>
</context>
<context>
    <name>ProducerDocumentRenderer</name>
    <message>
        <source>Could not write the document.</source>
        <translation>Could not write the document.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>No printer was chosen.</translation>
    </message>
</context>
<context>
    <name>ProducerImport</name>
    <message>
        <source>&quot;%1&quot; is not a number of people. Write a whole number such as 12.</source>
        <translation>&quot;%1&quot; is not a number of people. Write a whole number such as 12.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use individual, group or cooperative.</source>
        <translation>Unknown kind &quot;%1&quot;. Use individual, group or cooperative.</translation>
    </message>
    <message>
        <source>Unknown terms &quot;%1&quot;. Use consignment or purchase.</source>
        <translation>Unknown terms &quot;%1&quot;. Use consignment or purchase.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commission. Write a percentage from 0 to 100, such as 25 or 12,5.</source>
        <translation>&quot;%1&quot; is not a commission. Write a percentage from 0 to 100, such as 25 or 12,5.</translation>
    </message>
    <message>
        <source>Unknown village &quot;%1&quot;. Add it in Settings → Villages first, or write the name as it is there.</source>
        <translation>Unknown village &quot;%1&quot;. Add it in Settings → Villages first, or write the name as it is there.</translation>
    </message>
    <message>
        <source>Several villages are called &quot;%1&quot;: %2. Add a district column, or write the village id.</source>
        <translation>Several villages are called &quot;%1&quot;: %2. Add a district column, or write the village id.</translation>
    </message>
    <message>
        <source>The file %1 has a header row but no producers. Nothing was imported.</source>
        <translation>The file %1 has a header row but no producers. Nothing was imported.</translation>
    </message>
    <message>
        <source>These columns are not used and were left out: %1.</source>
        <translation>These columns are not used and were left out: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 has %n problem(s): nothing was imported. Correct the rows listed and import the file again.</source>
        <translation>
            <numerusform>The file %1 has %n problem: nothing was imported. Correct the row listed and import the file again.</numerusform>
            <numerusform>The file %1 has %n problems: nothing was imported. Correct the rows listed and import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerKinds</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
</context>
<context>
    <name>ProducerReturnService</name>
    <message>
        <source>Choose what goes back to the producer: at least one line.</source>
        <translation>Choose what goes back to the producer: at least one line.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>The note is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>The producer was not found.</source>
        <translation>The producer was not found.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>The product was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>%1 is not made by %2: only the producer&apos;s own goods go back to it.</source>
        <translation>%1 is not made by %2: only the producer&apos;s own goods go back to it.</translation>
    </message>
    <message>
        <source>None of %1 is on hand: nothing can go back.</source>
        <translation>None of %1 is on hand: nothing can go back.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is on hand: %3 cannot go back.</source>
        <translation>Only %1 of %2 is on hand: %3 cannot go back.</translation>
    </message>
    <message>
        <source>There is no return to a producer %1.</source>
        <translation>There is no return to a producer %1.</translation>
    </message>
</context>
<context>
    <name>ProducerRollup</name>
    <message>
        <source>More differences between the producers&apos; money kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>More differences between the producers&apos; money kept for the reports and the ledger are not listed; rebuild the figures.</translation>
    </message>
    <message>
        <source>day %1, shop %2, producer %3, statement &quot;%4&quot;</source>
        <translation>day %1, shop %2, producer %3, statement &quot;%4&quot;</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports is missing or differs from the ledger at %1.</source>
        <translation>The producers&apos; money kept for the reports is missing or differs from the ledger at %1.</translation>
    </message>
    <message>
        <source>The producers&apos; money kept for the reports has a row the ledger does not give at %1.</source>
        <translation>The producers&apos; money kept for the reports has a row the ledger does not give at %1.</translation>
    </message>
</context>
<context>
    <name>ProducerService</name>
    <message>
        <source>The code %1 is also on line %2 of the file.</source>
        <translation>The code %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1.</source>
        <translation>There is no producer with the code %1.</translation>
    </message>
    <message>
        <source>The producer was not found; it may have been removed.</source>
        <translation>The producer was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>Enter the producer&apos;s code (for example BOS-01).</source>
        <translation>Enter the producer&apos;s code (for example BOS-01).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may hold only Latin letters, digits and - _ . and at most %2 characters.</source>
        <translation>The code &quot;%1&quot; may hold only Latin letters, digits and - _ . and at most %2 characters.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the producer %2. Choose another code.</source>
        <translation>The code %1 is already used by the producer %2. Choose another code.</translation>
    </message>
    <message>
        <source>Enter the producer&apos;s name.</source>
        <translation>Enter the producer&apos;s name.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>The name is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>Choose the village the producer lives and works in.</source>
        <translation>Choose the village the producer lives and works in.</translation>
    </message>
    <message>
        <source>The chosen village is not in the list of villages. Choose it again or add it in Settings.</source>
        <translation>The chosen village is not in the list of villages. Choose it again or add it in Settings.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: use digits, spaces, - and an optional leading + (for example +996 555 123 456).</source>
        <translation>The phone number &quot;%1&quot; is not valid: use digits, spaces, - and an optional leading + (for example +996 555 123 456).</translation>
    </message>
    <message>
        <source>The number of members must be at least 1.</source>
        <translation>The number of members must be at least 1.</translation>
    </message>
    <message>
        <source>The number of women cannot be negative.</source>
        <translation>The number of women cannot be negative.</translation>
    </message>
    <message>
        <source>The number of women (%1) cannot be more than the number of members (%2).</source>
        <translation>The number of women (%1) cannot be more than the number of members (%2).</translation>
    </message>
    <message>
        <source>The commission must be between 0% and 100%.</source>
        <translation>The commission must be between 0% and 100%.</translation>
    </message>
    <message>
        <source>The date of the last visit is in the future.</source>
        <translation>The date of the last visit is in the future.</translation>
    </message>
    <message>
        <source>The date of the child-labour check is in the future.</source>
        <translation>The date of the child-labour check is in the future.</translation>
    </message>
    <message>
        <source>The certificate date is in the future.</source>
        <translation>The certificate date is in the future.</translation>
    </message>
    <message>
        <source>The producer was not found; it may have been removed. Nothing was saved.</source>
        <translation>The producer was not found; it may have been removed. Nothing was saved.</translation>
    </message>
    <message>
        <source>The producer %1 is already archived.</source>
        <translation>The producer %1 is already archived.</translation>
    </message>
    <message>
        <source>The producer %1 is not archived.</source>
        <translation>The producer %1 is not archived.</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <source>The barcode &quot;%1&quot; was turned into a number by the spreadsheet and its digits are lost. Format the barcode column as text, type the codes again and save.</source>
        <translation>The barcode &quot;%1&quot; was turned into a number by the spreadsheet and its digits are lost. Format the barcode column as text, type the codes again and save.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown category &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown tax group &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown tax group &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>name_ky, name_ru or name_en</source>
        <translation>name_ky, name_ru or name_en</translation>
    </message>
    <message>
        <source>The file %1 has a header row but no products. Nothing was imported.</source>
        <translation>The file %1 has a header row but no products. Nothing was imported.</translation>
    </message>
    <message>
        <source>These columns are not used and were left out: %1.</source>
        <translation>These columns are not used and were left out: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file is saved in Windows-1251, which has no letters Ң, Ө, Ү: the spreadsheet may have put &quot;?&quot; in their place in Kyrgyz text (lines %1). Check them, or save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>The file is saved in Windows-1251, which has no letters Ң, Ө, Ү: the spreadsheet may have put &quot;?&quot; in their place in Kyrgyz text (lines %1). Check them, or save the file as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 has %n problem(s): nothing was imported. Correct the rows listed and import the file again.</source>
        <translation>
            <numerusform>The file %1 has %n problem: nothing was imported. Correct the row listed and import the file again.</numerusform>
            <numerusform>The file %1 has %n problems: nothing was imported. Correct the rows listed and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SKU %1 is also on line %2 of the file.</source>
        <translation>The SKU %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2 of the file.</source>
        <translation>The barcode %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown unit &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>The minimum level &quot;%1&quot; is not a quantity: write a number of %2 (such as 5 or 2.5), or leave it empty to keep the level as it is.</source>
        <translation>The minimum level &quot;%1&quot; is not a quantity: write a number of %2 (such as 5 or 2.5), or leave it empty to keep the level as it is.</translation>
    </message>
    <message>
        <source>The minimum level &quot;%1&quot; is not a whole number: the product is counted in whole pieces.</source>
        <translation>The minimum level &quot;%1&quot; is not a whole number: the product is counted in whole pieces.</translation>
    </message>
</context>
<context>
    <name>ProductRollup</name>
    <message>
        <source>day %1, shop %2, product %3</source>
        <translation>day %1, shop %2, product %3</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports are missing or differ from the ledger at %1.</source>
        <translation>The products&apos; sales kept for the reports are missing or differ from the ledger at %1.</translation>
    </message>
    <message>
        <source>The products&apos; sales kept for the reports have a row the ledger does not give at %1.</source>
        <translation>The products&apos; sales kept for the reports have a row the ledger does not give at %1.</translation>
    </message>
    <message>
        <source>More differences between the products&apos; sales kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>More differences between the products&apos; sales kept for the reports and the ledger are not listed; rebuild the figures.</translation>
    </message>
</context>
<context>
    <name>ProductSalesReport</name>
    <message>
        <source>Ask for 1 to 1000 products, not %1.</source>
        <translation>Ask for 1 to 1000 products, not %1.</translation>
    </message>
</context>
<context>
    <name>QrSymbol</name>
    <message>
        <source>The product code for the QR code is empty.</source>
        <translation>The product code for the QR code is empty.</translation>
    </message>
    <message>
        <source>The product code for the QR code contains a NUL character.</source>
        <translation>The product code for the QR code contains a NUL character.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is too long for a QR code.</source>
        <translation>The text &quot;%1&quot; is too long for a QR code.</translation>
    </message>
    <message>
        <source>Could not make the QR code for &quot;%1&quot;.</source>
        <translation>Could not make the QR code for &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Enter a quantity.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals: &quot;%1&quot;.</source>
        <translation>A quantity has at most three decimals: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative: &quot;%1&quot;.</source>
        <translation>The quantity cannot be negative: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The quantity is too large: &quot;%1&quot;.</source>
        <translation>The quantity is too large: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity. Write it like 2 or 1,5.</source>
        <translation>&quot;%1&quot; is not a quantity. Write it like 2 or 1,5.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>QR payment</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>Including VAT %1%</source>
        <translation>Including VAT %1%</translation>
    </message>
    <message>
        <source>Including sales tax %1%</source>
        <translation>Including sales tax %1%</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Opened at</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Sales: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Returns: %1</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Discounts given</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <source>Not a fiscal receipt</source>
        <translation>Not a fiscal receipt</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>Thank you for your purchase!</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>RETURN</translation>
    </message>
    <message>
        <source>Return No.</source>
        <translation>Return No.</translation>
    </message>
    <message>
        <source>Against receipt No.</source>
        <translation>Against receipt No.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REFUND</translation>
    </message>
    <message>
        <source>Not a fiscal document</source>
        <translation>Not a fiscal document</translation>
    </message>
    <message>
        <source>X REPORT</source>
        <translation>X REPORT</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Z REPORT No. %1</source>
        <translation>Z REPORT No. %1</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Cash count</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>Could not set up a receipt page of %1 mm.</source>
        <translation>Could not set up a receipt page of %1 mm.</translation>
    </message>
    <message>
        <source>Could not write the receipt as PDF.</source>
        <translation>Could not write the receipt as PDF.</translation>
    </message>
    <message>
        <source>No printer was chosen for the receipt.</source>
        <translation>No printer was chosen for the receipt.</translation>
    </message>
    <message>
        <source>Could not start printing the receipt: check that the printer is ready.</source>
        <translation>Could not start printing the receipt: check that the printer is ready.</translation>
    </message>
    <message>
        <source>Could not start a new page: check the printer.</source>
        <translation>Could not start a new page: check the printer.</translation>
    </message>
    <message>
        <source>Could not finish printing the receipt: check the printer.</source>
        <translation>Could not finish printing the receipt: check the printer.</translation>
    </message>
</context>
<context>
    <name>ReceivingService</name>
    <message>
        <source>Add at least one product to the delivery.</source>
        <translation>Add at least one product to the delivery.</translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation>The delivery date cannot be in the future.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it.</source>
        <translation>The text is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>No producer has the code %1.</source>
        <translation>No producer has the code %1.</translation>
    </message>
    <message>
        <source>Choose a producer.</source>
        <translation>Choose a producer.</translation>
    </message>
    <message>
        <source>Producer %1 is archived: make the producer active again first.</source>
        <translation>Producer %1 is archived: make the producer active again first.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <source>the product was not found; it may have been removed.</source>
        <translation>the product was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>The product was not found.</translation>
    </message>
    <message>
        <source>%1 is made by another producer, not %2.</source>
        <translation>%1 is made by another producer, not %2.</translation>
    </message>
    <message>
        <source>%1 is archived: put it back on sale first.</source>
        <translation>%1 is archived: put it back on sale first.</translation>
    </message>
    <message>
        <source>the quantity of %1 must be more than zero.</source>
        <translation>the quantity of %1 must be more than zero.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 is counted in whole pieces: enter a whole number.</translation>
    </message>
    <message>
        <source>goods bought need their cost: enter what one unit of %1 cost.</source>
        <translation>goods bought need their cost: enter what one unit of %1 cost.</translation>
    </message>
    <message>
        <source>the cost cannot be less than zero.</source>
        <translation>the cost cannot be less than zero.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: enter the batch.</source>
        <translation>%1 is kept by batch: enter the batch.</translation>
    </message>
    <message>
        <source>%1 is kept by batch: enter the expiry date.</source>
        <translation>%1 is kept by batch: enter the expiry date.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: leave the batch and expiry empty.</source>
        <translation>%1 is not kept by batch: leave the batch and expiry empty.</translation>
    </message>
    <message>
        <source>No delivery has the number %1.</source>
        <translation>No delivery has the number %1.</translation>
    </message>
</context>
<context>
    <name>ReorderDocument</name>
    <message>
        <source>Reorder list</source>
        <translation>Reorder list</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>The PDF could not be made.</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>No product is below its minimum level.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>To order</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>The printer could not be started: check that it is on and connected.</translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <source>Impact report</source>
        <translation>Impact report</translation>
    </message>
    <message>
        <source>%1 producers, %2 of the sales</source>
        <translation>%1 producers, %2 of the sales</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Sales less returns</translation>
    </message>
    <message>
        <source>Paid to producers</source>
        <translation>Paid to producers</translation>
    </message>
    <message>
        <source>Owed to producers</source>
        <translation>Owed to producers</translation>
    </message>
    <message>
        <source>Producers reached</source>
        <translation>Producers reached</translation>
    </message>
    <message>
        <source>Villages reached</source>
        <translation>Villages reached</translation>
    </message>
    <message>
        <source>Oblasts reached</source>
        <translation>Oblasts reached</translation>
    </message>
    <message>
        <source>Sales from women-led producers</source>
        <translation>Sales from women-led producers</translation>
    </message>
    <message>
        <source>Sales by the share of women members</source>
        <translation>Sales by the share of women members</translation>
    </message>
    <message>
        <source>Sales from producers whose working-conditions visit is current</source>
        <translation>Sales from producers whose working-conditions visit is current</translation>
    </message>
    <message>
        <source>Materials and dyes on record</source>
        <translation>Materials and dyes on record</translation>
    </message>
    <message>
        <source>Environmental practice on record</source>
        <translation>Environmental practice on record</translation>
    </message>
    <message>
        <source>Producers with a visit overdue</source>
        <translation>Producers with a visit overdue</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Sales by oblast</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producers</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Shares of the sales</source>
        <translation>Shares of the sales</translation>
    </message>
    <message>
        <source>Women-led producers</source>
        <translation>Women-led producers</translation>
    </message>
    <message>
        <source>Women members</source>
        <translation>Women members</translation>
    </message>
    <message>
        <source>Visit current</source>
        <translation>Visit current</translation>
    </message>
    <message>
        <source>Materials on record</source>
        <translation>Materials on record</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue</source>
        <translation>Working-conditions visit overdue</translation>
    </message>
    <message>
        <source>Every producer whose goods sold has had a visit in time.</source>
        <translation>Every producer whose goods sold has had a visit in time.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Producers reached and their practice</source>
        <translation>Producers reached and their practice</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Women-led</translation>
    </message>
    <message>
        <source>Women / members</source>
        <translation>Women / members</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <translation>Materials and dyes</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <translation>Environmental practice</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Made on %1 at %2</translation>
    </message>
    <message>
        <source>Sales are net of returns; shares are of the sales less returns. A visit is judged current or overdue as of %1.</source>
        <translation>Sales are net of returns; shares are of the sales less returns. A visit is judged current or overdue as of %1.</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>Shops: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>The PDF could not be made.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>No printer was chosen.</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>The printer could not be started: check that it is on and connected.</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Sales by category</translation>
    </message>
    <message>
        <source>Sales by village</source>
        <translation>Sales by village</translation>
    </message>
    <message>
        <source>Sales by producer</source>
        <translation>Sales by producer</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Sales by payment method</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Sales by cashier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number of sales</source>
        <translation>Number of sales</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Taxes contained in the sales</source>
        <translation>Taxes contained in the sales</translation>
    </message>
    <message>
        <source>No sales in the period.</source>
        <translation>No sales in the period.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Sales tax rate</source>
        <translation>Sales tax rate</translation>
    </message>
    <message>
        <source>VAT, net of returns</source>
        <translation>VAT, net of returns</translation>
    </message>
    <message>
        <source>Sales tax, net of returns</source>
        <translation>Sales tax, net of returns</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Sales report</translation>
    </message>
    <message>
        <source>At the prices sold</source>
        <translation>At the prices sold</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Paid by customers</source>
        <translation>Paid by customers</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Returns (%1)</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Sales by month</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Stock report</source>
        <translation>Stock report</translation>
    </message>
    <message>
        <source>On hand now, at the shelf prices</source>
        <translation>On hand now, at the shelf prices</translation>
    </message>
    <message>
        <source>Products in stock</source>
        <translation>Products in stock</translation>
    </message>
    <message>
        <source>Value of the stock</source>
        <translation>Value of the stock</translation>
    </message>
    <message>
        <source>Of it on consignment</source>
        <translation>Of it on consignment</translation>
    </message>
    <message>
        <source>Stock value by category</source>
        <translation>Stock value by category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Stock value by producer</source>
        <translation>Stock value by producer</translation>
    </message>
    <message>
        <source>Producers&apos; money</source>
        <translation>Producers&apos; money</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Shop&apos;s commission</source>
        <translation>Shop&apos;s commission</translation>
    </message>
    <message>
        <source>Earned by producers</source>
        <translation>Earned by producers</translation>
    </message>
    <message>
        <source>By producer</source>
        <translation>By producer</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid: payouts made in the period and purchases received in it. Owed: the producers&apos; share of consignment sales that no payout has paid yet.</source>
        <translation>Paid: payouts made in the period and purchases received in it. Owed: the producers&apos; share of consignment sales that no payout has paid yet.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Only an administrator may make the figures kept for the reports again.</source>
        <translation>Only an administrator may make the figures kept for the reports again.</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
    <message>
        <source>%1 (this shop)</source>
        <translation>%1 (this shop)</translation>
    </message>
</context>
<context>
    <name>ReportScopes</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Give the first and the last day of the period.</translation>
    </message>
    <message>
        <source>The period cannot begin (%1) after it ends (%2).</source>
        <translation>The period cannot begin (%1) after it ends (%2).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ky, ru or en.</translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>No return has the receipt number %1.</source>
        <translation>No return has the receipt number %1.</translation>
    </message>
    <message>
        <source>Choose what is returned: at least one line.</source>
        <translation>Choose what is returned: at least one line.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>Receipt %1 has no line %2.</translation>
    </message>
    <message>
        <source>The quantity returned must be more than zero.</source>
        <translation>The quantity returned must be more than zero.</translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces: enter a whole number.</source>
        <translation>%1 is sold in whole pieces: enter a whole number.</translation>
    </message>
    <message>
        <source>All of %1 on receipt %2 was returned already.</source>
        <translation>All of %1 on receipt %2 was returned already.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned on receipt %3 (%4 sold, %5 returned before).</source>
        <translation>Only %1 of %2 can still be returned on receipt %3 (%4 sold, %5 returned before).</translation>
    </message>
    <message>
        <source>A return of %1 (more than %2)</source>
        <translation>A return of %1 (more than %2)</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1 needs a manager&apos;s approval.</translation>
    </message>
    <message>
        <source>Returned damaged on %1</source>
        <translation>Returned damaged on %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Only an administrator may manage users. Ask an administrator to do this.</source>
        <translation>Only an administrator may manage users. Ask an administrator to do this.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the shop settings.</source>
        <translation>Only a manager or an administrator may change the shop settings.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may read the audit log.</source>
        <translation>Only a manager or an administrator may read the audit log.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may take a backup.</source>
        <translation>Only a manager or an administrator may take a backup.</translation>
    </message>
    <message>
        <source>Only an administrator may restore the database from a backup.</source>
        <translation>Only an administrator may restore the database from a backup.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the catalogue.</source>
        <translation>Only a manager or an administrator may change the catalogue.</translation>
    </message>
    <message>
        <source>You may not view the catalogue.</source>
        <translation>You may not view the catalogue.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>You may not sell at this till.</source>
        <translation>You may not sell at this till.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may approve this.</source>
        <translation>Only a manager or an administrator may approve this.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may receive, adjust or transfer stock.</source>
        <translation>Only a manager or an administrator may receive, adjust or transfer stock.</translation>
    </message>
    <message>
        <source>You may not count stock.</source>
        <translation>You may not count stock.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may make statements and pay producers.</source>
        <translation>Only a manager or an administrator may make statements and pay producers.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Only a manager or an administrator may see the reports.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be replaced. Choose another name.</source>
        <translation>%1 is not a file that can be replaced. Choose another name.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it was. Choose another name.</source>
        <translation>%1 already exists and was left as it was. Choose another name.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (is the disk full?); it was left as it was.</source>
        <translation>%1 could not be written completely (is the disk full?); it was left as it was.</translation>
    </message>
    <message>
        <source>%1 could not be saved under its name (it exists, or the folder refuses it); it was left as it was.</source>
        <translation>%1 could not be saved under its name (it exists, or the folder refuses it); it was left as it was.</translation>
    </message>
    <message>
        <source>%1 is a database; it is never written over. Choose another file name.</source>
        <translation>%1 is a database; it is never written over. Choose another file name.</translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>No sale has the receipt number %1. Check the number on the receipt.</source>
        <translation>No sale has the receipt number %1. Check the number on the receipt.</translation>
    </message>
    <message>
        <source>The sale was not found.</source>
        <translation>The sale was not found.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>A payment must be more than zero.</translation>
    </message>
    <message>
        <source>Choose the card&apos;s scheme (Elcart, Visa, ...).</source>
        <translation>Choose the card&apos;s scheme (Elcart, Visa, ...).</translation>
    </message>
    <message>
        <source>A card detail or reference is at most %1 characters.</source>
        <translation>A card detail or reference is at most %1 characters.</translation>
    </message>
    <message>
        <source>Card and QR payments come to %1, more than the total %2: only cash gives change.</source>
        <translation>Card and QR payments come to %1, more than the total %2: only cash gives change.</translation>
    </message>
    <message>
        <source>%1 is still to be paid.</source>
        <translation>%1 is still to be paid.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Open a shift with the cash in the drawer first.</source>
        <translation>No shift is open on this till. Open a shift with the cash in the drawer first.</translation>
    </message>
    <message>
        <source>The cart is empty: scan the goods first.</source>
        <translation>The cart is empty: scan the goods first.</translation>
    </message>
</context>
<context>
    <name>SalesCheck</name>
    <message>
        <source>Sale %1: its total %2 does not equal its lines (%3) or its payments less change (%4), or its change %5 did not come out of cash.</source>
        <translation>Sale %1: its total %2 does not equal its lines (%3) or its payments less change (%4), or its change %5 did not come out of cash.</translation>
    </message>
    <message>
        <source>Return %1: its total does not equal its lines or its refunds.</source>
        <translation>Return %1: its total does not equal its lines or its refunds.</translation>
    </message>
    <message>
        <source>Sale %1: more of line %2 was returned than was sold.</source>
        <translation>Sale %1: more of line %2 was returned than was sold.</translation>
    </message>
    <message>
        <source>Sale %1: the stock movement of line %2 is missing or of another quantity.</source>
        <translation>Sale %1: the stock movement of line %2 is missing or of another quantity.</translation>
    </message>
    <message>
        <source>Return %1: the stock movement of line %2 is missing or of another quantity.</source>
        <translation>Return %1: the stock movement of line %2 is missing or of another quantity.</translation>
    </message>
    <message>
        <source>A sale movement refers to sale line %1/%2, which does not exist.</source>
        <translation>A sale movement refers to sale line %1/%2, which does not exist.</translation>
    </message>
    <message>
        <source>Receipt numbers of till %1-%2 have gaps: %3 numbers given up to %4.</source>
        <translation>Receipt numbers of till %1-%2 have gaps: %3 numbers given up to %4.</translation>
    </message>
    <message>
        <source>Receipt %1 is not in the register of receipt numbers.</source>
        <translation>Receipt %1 is not in the register of receipt numbers.</translation>
    </message>
</context>
<context>
    <name>SalesReport</name>
    <message>
        <source>Without a producer</source>
        <translation>Without a producer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>QR payment</translation>
    </message>
</context>
<context>
    <name>SalesRollup</name>
    <message>
        <source>More differences between the sales figures kept for the reports and the ledger are not listed; rebuild the figures.</source>
        <translation>More differences between the sales figures kept for the reports and the ledger are not listed; rebuild the figures.</translation>
    </message>
    <message>
        <source>grouping %1, day %2, shop %3, group &quot;%4&quot;</source>
        <translation>grouping %1, day %2, shop %3, group &quot;%4&quot;</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports are missing or differ from the ledger at %1.</source>
        <translation>The sales figures kept for the reports are missing or differ from the ledger at %1.</translation>
    </message>
    <message>
        <source>The sales figures kept for the reports have a row the ledger does not give at %1.</source>
        <translation>The sales figures kept for the reports have a row the ledger does not give at %1.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>&quot;%1&quot; cannot be a shop code: use 2 to 10 capital Latin letters, digits and hyphens, like BIS-1.</source>
        <translation>&quot;%1&quot; cannot be a shop code: use 2 to 10 capital Latin letters, digits and hyphens, like BIS-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a device id: use 1 to 8 capital Latin letters or digits, like T1.</source>
        <translation>&quot;%1&quot; cannot be a device id: use 1 to 8 capital Latin letters or digits, like T1.</translation>
    </message>
    <message>
        <source>The shop name cannot be empty.</source>
        <translation>The shop name cannot be empty.</translation>
    </message>
    <message>
        <source>The shop name is too long: at most %1 characters.</source>
        <translation>The shop name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>The address is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The receipt header is too long: at most %1 characters.</source>
        <translation>The receipt header is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode: use shop or head-office.</source>
        <translation>&quot;%1&quot; is not a mode: use shop or head-office.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer for %2: use yes or no.</source>
        <translation>&quot;%1&quot; is not an answer for %2: use yes or no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: give a percentage from 0 to 100 with at most two decimals, like 12 or 1.5.</source>
        <translation>&quot;%1&quot; is not a valid %2: give a percentage from 0 to 100 with at most two decimals, like 12 or 1.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rounding: use per-receipt or per-line.</source>
        <translation>&quot;%1&quot; is not a rounding: use per-receipt or per-line.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Unknown setting &quot;%1&quot;. The settings are: %2.</translation>
    </message>
    <message>
        <source>shop code</source>
        <translation>shop code</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>shop name</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>device id</translation>
    </message>
    <message>
        <source>receipt header</source>
        <translation>receipt header</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>VAT payer</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>sales tax rate</source>
        <translation>sales tax rate</translation>
    </message>
    <message>
        <source>tax rounding</source>
        <translation>tax rounding</translation>
    </message>
    <message>
        <source>This database is already set up for shop %1; change its settings instead.</source>
        <translation>This database is already set up for shop %1; change its settings instead.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: give an amount in som, like 5000 or 1250,50.</source>
        <translation>&quot;%1&quot; is not a valid %2: give an amount in som, like 5000 or 1250,50.</translation>
    </message>
    <message>
        <source>The ELQR link was refused: %1</source>
        <translation>The ELQR link was refused: %1</translation>
    </message>
    <message>
        <source>The cashier&apos;s discount limit (%1%) cannot be above the manager&apos;s (%2%).</source>
        <translation>The cashier&apos;s discount limit (%1%) cannot be above the manager&apos;s (%2%).</translation>
    </message>
    <message>
        <source>cashier&apos;s discount limit</source>
        <translation>cashier&apos;s discount limit</translation>
    </message>
    <message>
        <source>manager&apos;s discount limit</source>
        <translation>manager&apos;s discount limit</translation>
    </message>
    <message>
        <source>return approval limit</source>
        <translation>return approval limit</translation>
    </message>
    <message>
        <source>ELQR link</source>
        <translation>ELQR link</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language of receipts: use ky, ru or en.</source>
        <translation>&quot;%1&quot; is not a language of receipts: use ky, ru or en.</translation>
    </message>
    <message>
        <source>receipts&apos; language</source>
        <translation>receipts&apos; language</translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>The shift was not found.</source>
        <translation>The shift was not found.</translation>
    </message>
    <message>
        <source>No shift is open on this till: open a shift first.</source>
        <translation>No shift is open on this till: open a shift first.</translation>
    </message>
    <message>
        <source>The float cannot be less than zero.</source>
        <translation>The float cannot be less than zero.</translation>
    </message>
    <message>
        <source>Shift %1 is already open on this till: close it before opening another.</source>
        <translation>Shift %1 is already open on this till: close it before opening another.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Say why the cash is taken out of the drawer.</source>
        <translation>Say why the cash is taken out of the drawer.</translation>
    </message>
    <message>
        <source>Say why the cash is put into the drawer.</source>
        <translation>Say why the cash is put into the drawer.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>The reason is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer: %2 cannot be taken out.</source>
        <translation>Only %1 is expected in the drawer: %2 cannot be taken out.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>No shift is open on this till.</translation>
    </message>
    <message>
        <source>%1 is not a note or coin of the som: count notes of 5000 to 20 som and coins of 10, 5, 3 and 1 som and 50 tyiyn.</source>
        <translation>%1 is not a note or coin of the som: count notes of 5000 to 20 som and coins of 10, 5, 3 and 1 som and 50 tyiyn.</translation>
    </message>
    <message>
        <source>The count of %1 cannot be less than zero.</source>
        <translation>The count of %1 cannot be less than zero.</translation>
    </message>
    <message>
        <source>There is no Z report %1 on this till.</source>
        <translation>There is no Z report %1 on this till.</translation>
    </message>
    <message>
        <source>Z report %1 of till %2-%3</source>
        <translation>Z report %1 of till %2-%3</translation>
    </message>
    <message>
        <source>%1: its shift cannot be added up: %2</source>
        <translation>%1: its shift cannot be added up: %2</translation>
    </message>
    <message>
        <source>%1: %2 is kept as %3, but the records add up to %4.</source>
        <translation>%1: %2 is kept as %3, but the records add up to %4.</translation>
    </message>
    <message>
        <source>%1: %2 is kept as %3, but the records count %4.</source>
        <translation>%1: %2 is kept as %3, but the records count %4.</translation>
    </message>
    <message>
        <source>the expected cash</source>
        <translation>the expected cash</translation>
    </message>
    <message>
        <source>the float</source>
        <translation>the float</translation>
    </message>
    <message>
        <source>the cash taken for sales</source>
        <translation>the cash taken for sales</translation>
    </message>
    <message>
        <source>the cash paid back for returns</source>
        <translation>the cash paid back for returns</translation>
    </message>
    <message>
        <source>the cash put in</source>
        <translation>the cash put in</translation>
    </message>
    <message>
        <source>the cash taken out</source>
        <translation>the cash taken out</translation>
    </message>
    <message>
        <source>the expected cash in its totals</source>
        <translation>the expected cash in its totals</translation>
    </message>
    <message>
        <source>the number of sales</source>
        <translation>the number of sales</translation>
    </message>
    <message>
        <source>the sales total</source>
        <translation>the sales total</translation>
    </message>
    <message>
        <source>the number of returns</source>
        <translation>the number of returns</translation>
    </message>
    <message>
        <source>the returns total</source>
        <translation>the returns total</translation>
    </message>
    <message>
        <source>the discounts</source>
        <translation>the discounts</translation>
    </message>
    <message>
        <source>the takings by %1</source>
        <translation>the takings by %1</translation>
    </message>
    <message>
        <source>%1: the counted cash is kept as %2, but its count by notes and coins adds up to %3.</source>
        <translation>%1: the counted cash is kept as %2, but its count by notes and coins adds up to %3.</translation>
    </message>
</context>
<context>
    <name>SimulatedRegister</name>
    <message>
        <source>Simulated fiscal register</source>
        <translation>Simulated fiscal register</translation>
    </message>
    <message>
        <source>The fiscal register did not answer. The receipt stays unsent; send it again later.</source>
        <translation>The fiscal register did not answer. The receipt stays unsent; send it again later.</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database could not carry out the operation; nothing was changed.</source>
        <translation>The database could not carry out the operation; nothing was changed.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The database cannot be written to: the file or its folder is read-only for this user. Nothing was changed; ask whoever looks after this computer.</source>
        <translation>The database cannot be written to: the file or its folder is read-only for this user. Nothing was changed; ask whoever looks after this computer.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run &quot;ovopctl check&quot; and, if it confirms the damage, restore a backup.</source>
        <translation>The database file is damaged. Run &quot;ovopctl check&quot; and, if it confirms the damage, restore a backup.</translation>
    </message>
    <message>
        <source>The change contradicts records already in the database; nothing was changed.</source>
        <translation>The change contradicts records already in the database; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StatementService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Give the first and the last day of the period.</translation>
    </message>
    <message>
        <source>The period cannot begin (%1) after it ends (%2).</source>
        <translation>The period cannot begin (%1) after it ends (%2).</translation>
    </message>
    <message>
        <source>The period cannot end after today (%1): sales of days to come would be missing.</source>
        <translation>The period cannot end after today (%1): sales of days to come would be missing.</translation>
    </message>
    <message>
        <source>The producer was not found.</source>
        <translation>The producer was not found.</translation>
    </message>
    <message>
        <source>%1 (%2) sells to the shop outright: purchase producers are paid when their goods are received, not by statement.</source>
        <translation>%1 (%2) sells to the shop outright: purchase producers are paid when their goods are received, not by statement.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ky, ru or en.</translation>
    </message>
    <message>
        <source>Nothing of %1 was sold or returned from %2 to %3 that is not already on a statement.</source>
        <translation>Nothing of %1 was sold or returned from %2 to %3 that is not already on a statement.</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>There is no statement %1.</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>The product was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>The quantity received must be more than zero.</source>
        <translation>The quantity received must be more than zero.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 is counted in whole pieces: enter a whole number.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; shorten it.</source>
        <translation>The note is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>A stock movement must belong to a document line.</source>
        <translation>A stock movement must belong to a document line.</translation>
    </message>
    <message>
        <source>The batch is longer than %1 characters; shorten it.</source>
        <translation>The batch is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>The cost cannot be less than zero.</source>
        <translation>The cost cannot be less than zero.</translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation>%1, batch %2</translation>
    </message>
    <message>
        <source>The stock of %1 is kept as %2 but its movements add up to %3.</source>
        <translation>The stock of %1 is kept as %2 but its movements add up to %3.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>The quantity must be less than zero.</source>
        <translation>The quantity must be less than zero.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>The quantity must not be zero.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>The product was not found.</translation>
    </message>
    <message>
        <source>%1 has no producer: goods are received from their producer.</source>
        <translation>%1 has no producer: goods are received from their producer.</translation>
    </message>
    <message>
        <source>The %1 movement of %2 at %3 names %4 %5, which does not exist.</source>
        <translation>The %1 movement of %2 at %3 names %4 %5, which does not exist.</translation>
    </message>
</context>
<context>
    <name>StockLookup</name>
    <message>
        <source>Scan or type a barcode or SKU.</source>
        <translation>Scan or type a barcode or SKU.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>No product has the code %1. Check the code, or search by name.</translation>
    </message>
    <message>
        <source>The product was not found; it may have been removed.</source>
        <translation>The product was not found; it may have been removed.</translation>
    </message>
</context>
<context>
    <name>StockQuery</name>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>No product has the code %1. Check the code, or search by name.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>Returned by a customer</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>Sent to another shop</source>
        <translation>Sent to another shop</translation>
    </message>
    <message>
        <source>Received from another shop</source>
        <translation>Received from another shop</translation>
    </message>
    <message>
        <source>Returned to the producer</source>
        <translation>Returned to the producer</translation>
    </message>
</context>
<context>
    <name>StockReport</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use ky, ru or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ky, ru or en.</translation>
    </message>
</context>
<context>
    <name>StocktakeService</name>
    <message>
        <source>No stocktake is open: a manager starts one first.</source>
        <translation>No stocktake is open: a manager starts one first.</translation>
    </message>
    <message>
        <source>Stocktake %1 is still open: post or cancel it before starting another.</source>
        <translation>Stocktake %1 is still open: post or cancel it before starting another.</translation>
    </message>
    <message>
        <source>Name the category to count by its key.</source>
        <translation>Name the category to count by its key.</translation>
    </message>
    <message>
        <source>Name the producer to count by their code.</source>
        <translation>Name the producer to count by their code.</translation>
    </message>
    <message>
        <source>There is no category with the key %1.</source>
        <translation>There is no category with the key %1.</translation>
    </message>
    <message>
        <source>There is no producer with the code %1.</source>
        <translation>There is no producer with the code %1.</translation>
    </message>
    <message>
        <source>The quantity counted must not be zero.</source>
        <translation>The quantity counted must not be zero.</translation>
    </message>
    <message>
        <source>The batch is longer than %1 characters; shorten it.</source>
        <translation>The batch is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>%1 is not part of this stocktake (%2 %3): put it aside and count it another time.</source>
        <translation>%1 is not part of this stocktake (%2 %3): put it aside and count it another time.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 is counted in whole pieces: enter a whole number.</translation>
    </message>
    <message>
        <source>%1 is not kept by batch: count it without one.</source>
        <translation>%1 is not kept by batch: count it without one.</translation>
    </message>
    <message>
        <source>Only %1 of %2 was counted%3: a correction cannot take back more.</source>
        <translation>Only %1 of %2 was counted%3: a correction cannot take back more.</translation>
    </message>
    <message>
        <source> in batch %1</source>
        <translation> in batch %1</translation>
    </message>
    <message>
        <source>Posting a stocktake needs a manager&apos;s approval.</source>
        <translation>Posting a stocktake needs a manager&apos;s approval.</translation>
    </message>
    <message>
        <source>%1 may not manage stock and cannot approve posting a stocktake.</source>
        <translation>%1 may not manage stock and cannot approve posting a stocktake.</translation>
    </message>
</context>
<context>
    <name>TaxGroups</name>
    <message>
        <source>Standard (shop&apos;s tax rates)</source>
        <translation>Standard (shop&apos;s tax rates)</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Exempt from VAT</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>The quantity is too large; check what was typed.</source>
        <translation>The quantity is too large; check what was typed.</translation>
    </message>
    <message>
        <source>%1 is sold in whole pieces: enter a whole number.</source>
        <translation>%1 is sold in whole pieces: enter a whole number.</translation>
    </message>
    <message>
        <source>%1 is archived and not for sale.</source>
        <translation>%1 is archived and not for sale.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code, or search by name.</source>
        <translation>No product has the code %1. Check the code, or search by name.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1 needs a manager&apos;s approval.</translation>
    </message>
    <message>
        <source>%1 is beyond what %2 may approve (%3).</source>
        <translation>%1 is beyond what %2 may approve (%3).</translation>
    </message>
    <message>
        <source>There is no such line in the cart.</source>
        <translation>There is no such line in the cart.</translation>
    </message>
    <message>
        <source>Lowering the quantity of %1 from %2 to %3</source>
        <translation>Lowering the quantity of %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Removing %1 × %2 from the cart</source>
        <translation>Removing %1 × %2 from the cart</translation>
    </message>
    <message>
        <source>A discount is more than 0% and at most 100%.</source>
        <translation>A discount is more than 0% and at most 100%.</translation>
    </message>
    <message>
        <source>The discount must be more than zero and at most what the line costs (%1).</source>
        <translation>The discount must be more than zero and at most what the line costs (%1).</translation>
    </message>
    <message>
        <source>A discount of %1 on %2</source>
        <translation>A discount of %1 on %2</translation>
    </message>
    <message>
        <source>The cart is empty: scan the goods first, then give the discount.</source>
        <translation>The cart is empty: scan the goods first, then give the discount.</translation>
    </message>
    <message>
        <source>The discount must be more than zero and at most the cart&apos;s total (%1).</source>
        <translation>The discount must be more than zero and at most the cart&apos;s total (%1).</translation>
    </message>
    <message>
        <source>A discount of %1 on the whole cart</source>
        <translation>A discount of %1 on the whole cart</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>The price must be more than zero.</translation>
    </message>
    <message>
        <source>A price of %1 instead of %2 for %3</source>
        <translation>A price of %1 instead of %2 for %3</translation>
    </message>
    <message numerus="yes">
        <source>Voiding the cart of %n line(s), %1</source>
        <translation>
            <numerusform>Voiding the cart of %n line, %1</numerusform>
            <numerusform>Voiding the cart of %n lines, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier cannot approve their own sale: ask a manager.</source>
        <translation>A cashier cannot approve their own sale: ask a manager.</translation>
    </message>
    <message>
        <source>%1 is not a manager and cannot approve this.</source>
        <translation>%1 is not a manager and cannot approve this.</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to park.</source>
        <translation>The cart is empty: there is nothing to park.</translation>
    </message>
    <message>
        <source>Finish or park the current cart before recalling another.</source>
        <translation>Finish or park the current cart before recalling another.</translation>
    </message>
    <message>
        <source>The parked cart was not found; it may have been recalled on another till.</source>
        <translation>The parked cart was not found; it may have been recalled on another till.</translation>
    </message>
    <message>
        <source>Recalled without what is no longer for sale: %1.</source>
        <translation>Recalled without what is no longer for sale: %1.</translation>
    </message>
    <message>
        <source>This cart was parked by another cashier: they recall it, or a manager does.</source>
        <translation>This cart was parked by another cashier: they recall it, or a manager does.</translation>
    </message>
    <message>
        <source>Selling %1 from the expired batch %2 (best before %3)</source>
        <translation>Selling %1 from the expired batch %2 (best before %3)</translation>
    </message>
</context>
<context>
    <name>TillText</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>QR payment</translation>
    </message>
</context>
<context>
    <name>TransferFile</name>
    <message>
        <source>This file is damaged or incomplete: it cannot be read as a transfer. Ask the sending shop for the file again.</source>
        <translation>This file is damaged or incomplete: it cannot be read as a transfer. Ask the sending shop for the file again.</translation>
    </message>
    <message>
        <source>This is not a transfer file of a shop (its format is &quot;%1&quot;).</source>
        <translation>This is not a transfer file of a shop (its format is &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This transfer file was written by another version of the program (version %1); this version reads version %2.</source>
        <translation>This transfer file was written by another version of the program (version %1); this version reads version %2.</translation>
    </message>
    <message>
        <source>This transfer file was damaged or changed after it was written: its check sum does not match. Ask the sending shop for the file again.</source>
        <translation>This transfer file was damaged or changed after it was written: its check sum does not match. Ask the sending shop for the file again.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a transfer file.</source>
        <translation>%1 is too large to be a transfer file.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name.</source>
        <translation>%1 exists already: choose another name.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>This shop&apos;s catalogue does not have %1: add the products (with the same SKU) before receiving the transfer.</source>
        <translation>This shop&apos;s catalogue does not have %1: add the products (with the same SKU) before receiving the transfer.</translation>
    </message>
    <message>
        <source>This confirmation is for transfer %1 sent by %2, not by this shop (%3).</source>
        <translation>This confirmation is for transfer %1 sent by %2, not by this shop (%3).</translation>
    </message>
    <message>
        <source>Transfer %1 was sent by this shop (%2): it is opened by the shop it goes to, %3.</source>
        <translation>Transfer %1 was sent by this shop (%2): it is opened by the shop it goes to, %3.</translation>
    </message>
    <message>
        <source>Transfer %1 is addressed to %2, not to this shop (%3).</source>
        <translation>Transfer %1 is addressed to %2, not to this shop (%3).</translation>
    </message>
    <message>
        <source>A received quantity cannot be less than zero.</source>
        <translation>A received quantity cannot be less than zero.</translation>
    </message>
    <message>
        <source>Transfer %1 has no line of %2.</source>
        <translation>Transfer %1 has no line of %2.</translation>
    </message>
    <message>
        <source>Transfer %1 has no line %2.</source>
        <translation>Transfer %1 has no line %2.</translation>
    </message>
    <message>
        <source>%1 is counted in whole pieces: enter a whole number.</source>
        <translation>%1 is counted in whole pieces: enter a whole number.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2</source>
        <translation>Transfer %1 from %2</translation>
    </message>
    <message>
        <source>The goods were received, but the confirmation could not be written: %1</source>
        <translation>The goods were received, but the confirmation could not be written: %1</translation>
    </message>
    <message>
        <source>This shop has no record of sending transfer %1.</source>
        <translation>This shop has no record of sending transfer %1.</translation>
    </message>
    <message>
        <source>Transfer %1 went to %2, but this confirmation comes from %3.</source>
        <translation>Transfer %1 went to %2, but this confirmation comes from %3.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 does not name the same lines as were sent.</source>
        <translation>The confirmation of transfer %1 does not name the same lines as were sent.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>received with differences</source>
        <translation>received with differences</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>Name the shop the goods go to by its code, like KAR-1.</source>
        <translation>Name the shop the goods go to by its code, like KAR-1.</translation>
    </message>
    <message>
        <source>%1 is not a shop code: a shop code is like KAR-1.</source>
        <translation>%1 is not a shop code: a shop code is like KAR-1.</translation>
    </message>
    <message>
        <source>The goods cannot be sent to this shop itself (%1).</source>
        <translation>The goods cannot be sent to this shop itself (%1).</translation>
    </message>
    <message>
        <source>Choose what to send: at least one product and its quantity.</source>
        <translation>Choose what to send: at least one product and its quantity.</translation>
    </message>
    <message>
        <source>Choose where to save the transfer file.</source>
        <translation>Choose where to save the transfer file.</translation>
    </message>
    <message>
        <source>The quantity of %1 sent must be more than zero.</source>
        <translation>The quantity of %1 sent must be more than zero.</translation>
    </message>
    <message>
        <source>There is no %1 in stock to send.</source>
        <translation>There is no %1 in stock to send.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is in stock: %3 cannot be sent.</source>
        <translation>Only %1 of %2 is in stock: %3 cannot be sent.</translation>
    </message>
    <message>
        <source>Transfer %1 to %2</source>
        <translation>Transfer %1 to %2</translation>
    </message>
    <message>
        <source>The transfer was not found.</source>
        <translation>The transfer was not found.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 2 to 32 letters, digits, dots, hyphens or underscores, without spaces (for example aigul or a.sydykova).</source>
        <translation>&quot;%1&quot; cannot be a user name: use 2 to 32 letters, digits, dots, hyphens or underscores, without spaces (for example aigul or a.sydykova).</translation>
    </message>
    <message>
        <source>The full name is too long: at most %1 characters.</source>
        <translation>The full name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose ky, ru or en.</source>
        <translation>Unknown language &quot;%1&quot;: choose ky, ru or en.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9), nothing else.</source>
        <translation>A PIN is 4 to 8 digits (0-9), nothing else.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;. Check the name or ask an administrator.</source>
        <translation>There is no user named &quot;%1&quot;. Check the name or ask an administrator.</translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an administrator to enable it.</source>
        <translation>The user %1 is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong PINs until %3. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>%1 is locked after %2 wrong PINs until %3. Try again then, or ask an administrator to reset the PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. After %1 wrong PINs %2 is locked until %3. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>Wrong PIN. After %1 wrong PINs %2 is locked until %3. Try again then, or ask an administrator to reset the PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1. %n more wrong PIN(s) will lock the user for %2 minutes.</source>
        <translation>
            <numerusform>Wrong PIN for %1. %n more wrong PIN will lock the user for %2 minutes.</numerusform>
            <numerusform>Wrong PIN for %1. %n more wrong PINs will lock the user for %2 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a user named %1. Choose another name.</source>
        <translation>There is already a user named %1. Choose another name.</translation>
    </message>
    <message>
        <source>This database already has users: log in as an administrator to add more.</source>
        <translation>This database already has users: log in as an administrator to add more.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>There is no user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot disable yourself. Ask another administrator.</source>
        <translation>You cannot disable yourself. Ask another administrator.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled. Add or enable another administrator first.</source>
        <translation>%1 is the last active administrator and cannot be disabled. Add or enable another administrator first.</translation>
    </message>
    <message>
        <source>Your user no longer exists. Log in again.</source>
        <translation>Your user no longer exists. Log in again.</translation>
    </message>
    <message>
        <source>The user no longer exists. Ask an administrator.</source>
        <translation>The user no longer exists. Ask an administrator.</translation>
    </message>
    <message>
        <source>Too many PINs were tried for %1 at the same time: the user is locked until %2. Try again then, or ask an administrator to reset the PIN.</source>
        <translation>Too many PINs were tried for %1 at the same time: the user is locked until %2. Try again then, or ask an administrator to reset the PIN.</translation>
    </message>
    <message>
        <source>%1=%2 is not known: use interactive (the default) or minimum.</source>
        <translation>%1=%2 is not known: use interactive (the default) or minimum.</translation>
    </message>
</context>
<context>
    <name>ovop::pinhash</name>
    <message>
        <source>The PIN cannot be protected: the cryptography library did not start.</source>
        <translation>The PIN cannot be protected: the cryptography library did not start.</translation>
    </message>
    <message>
        <source>The PIN cannot be protected: not enough memory. Close other programs and try again.</source>
        <translation>The PIN cannot be protected: not enough memory. Close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AddUserDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>The new user logs in with their name and a PIN of 4 to 8 digits.</source>
        <translation>The new user logs in with their name and a PIN of 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>e.g. aigul</source>
        <translation>e.g. aigul</translation>
    </message>
    <message>
        <source>e.g. Aigul Toktogulova</source>
        <translation>e.g. Aigul Toktogulova</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AdjustDialog</name>
    <message>
        <source>Correct stock</source>
        <translation>Correct stock</translation>
    </message>
    <message>
        <source>On hand: %1 %2</source>
        <translation>On hand: %1 %2</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Quantity (%1)</source>
        <translation>&amp;Quantity (%1)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>E&amp;xpires (a new batch found)</source>
        <translation>E&amp;xpires (a new batch found)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>comes into stock</source>
        <translation>comes into stock</translation>
    </message>
    <message>
        <source>goes out of stock</source>
        <translation>goes out of stock</translation>
    </message>
    <message>
        <source>Enter how much, more than zero.</source>
        <translation>Enter how much, more than zero.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ApprovalDialog</name>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>Choose the manager who approves.</source>
        <translation>Choose the manager who approves.</translation>
    </message>
    <message>
        <source>The manager enters their PIN.</source>
        <translation>The manager enters their PIN.</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Manager&apos;s approval</translation>
    </message>
    <message>
        <source>A manager approves with their PIN</source>
        <translation>A manager approves with their PIN</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Reason (optional)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Approve (Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AuditPage</name>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked, none altered or missing.</source>
        <translation>The audit log is intact: %1 entries checked, none altered or missing.</translation>
    </message>
    <message>
        <source>The audit log was altered: %1 problems found in %2 entries. Keep this computer as it is and tell head office.</source>
        <translation>The audit log was altered: %1 problems found in %2 entries. Keep this computer as it is and tell head office.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was edited or deleted</source>
        <translation>Check that no entry of the audit log was edited or deleted</translation>
    </message>
    <message>
        <source>Choose an entry to see all of its details.</source>
        <translation>Choose an entry to see all of its details.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::AuditTableModel</name>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shop / device</source>
        <translation>Shop / device</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CartTableModel</name>
    <message>
        <source>Price changed with approval; the catalogue&apos;s price is %1.</source>
        <translation>Price changed with approval; the catalogue&apos;s price is %1.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CashDialog</name>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>Shift %1 is open with a float of %2.</translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation>%1 put into the drawer.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 taken out of the drawer.</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>Open the shift</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it: the shift starts with this float.</source>
        <translation>Count the cash in the drawer and enter it: the shift starts with this float.</translation>
    </message>
    <message>
        <source>Float, som</source>
        <translation>Float, som</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash put into the drawer that is not from a sale, such as change from the bank.</source>
        <translation>Cash put into the drawer that is not from a sale, such as change from the bank.</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Amount, som</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Put in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer that is not a refund. The drawer should hold %1 now.</source>
        <translation>Cash taken out of the drawer that is not a refund. The drawer should hold %1 now.</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Take out</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CloseShiftDialog</name>
    <message>
        <source>%1 som</source>
        <translation>%1 som</translation>
    </message>
    <message>
        <source>%1 tyiyn</source>
        <translation>%1 tyiyn</translation>
    </message>
    <message>
        <source>Difference: none</source>
        <translation>Difference: none</translation>
    </message>
    <message>
        <source>Difference: short</source>
        <translation>Difference: short</translation>
    </message>
    <message>
        <source>Difference: over</source>
        <translation>Difference: over</translation>
    </message>
    <message>
        <source>Close shift %1</source>
        <translation>Close shift %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer: how many of each note and coin. Enter goes to the next count.</source>
        <translation>Count the cash in the drawer: how many of each note and coin. Enter goes to the next count.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Clear the counts</source>
        <translation>Clear the counts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keep the shift open (Esc)</source>
        <translation>Keep the shift open (Esc)</translation>
    </message>
    <message>
        <source>Close the shift (Ctrl+Enter)</source>
        <translation>Close the shift (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Closes the shift with this count and prints its numbered Z report</source>
        <translation>Closes the shift with this count and prints its numbered Z report</translation>
    </message>
</context>
<context>
    <name>ovop::ui::CommissionRatesDialog</name>
    <message>
        <source>Commission by category: %1</source>
        <translation>Commission by category: %1</translation>
    </message>
    <message>
        <source>The shop keeps %1 of what the goods of %2 sell for. A category listed here has a rate of its own instead.</source>
        <translation>The shop keeps %1 of what the goods of %2 sell for. A category listed here has a rate of its own instead.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <source>&amp;Set rate</source>
        <translation>&amp;Set rate</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Remove rate</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change commission rates.</source>
        <translation>Only a manager or an administrator may change commission rates.</translation>
    </message>
    <message>
        <source>%1: %2 from now on.</source>
        <translation>%1: %2 from now on.</translation>
    </message>
    <message>
        <source>%1: the producer&apos;s own rate, %2, applies again.</source>
        <translation>%1: the producer&apos;s own rate, %2, applies again.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::DashboardLists</name>
    <message>
        <source>Products selling most</source>
        <translation>Products selling most</translation>
    </message>
    <message>
        <source>In stock, selling least</source>
        <translation>In stock, selling least</translation>
    </message>
    <message>
        <source>Below the minimum: %1</source>
        <translation>Below the minimum: %1</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>Below the minimum</translation>
    </message>
    <message>
        <source>Cash differences at closing: %1 of %2 shifts</source>
        <translation>Cash differences at closing: %1 of %2 shifts</translation>
    </message>
    <message>
        <source>Cash differences at closing</source>
        <translation>Cash differences at closing</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Nothing sold in this period.</source>
        <translation>Nothing sold in this period.</translation>
    </message>
    <message>
        <source>No products in stock.</source>
        <translation>No products in stock.</translation>
    </message>
    <message>
        <source>No product is below its minimum.</source>
        <translation>No product is below its minimum.</translation>
    </message>
    <message>
        <source>Every shift&apos;s cash counted as expected.</source>
        <translation>Every shift&apos;s cash counted as expected.</translation>
    </message>
    <message>
        <source>No shift was closed in this period.</source>
        <translation>No shift was closed in this period.</translation>
    </message>
    <message>
        <source>All below the minimum…</source>
        <translation>All below the minimum…</translation>
    </message>
    <message>
        <source>All shifts with a difference…</source>
        <translation>All shifts with a difference…</translation>
    </message>
    <message>
        <source>Short %1 in %2 shifts, over %3 in %4 shifts</source>
        <translation>Short %1 in %2 shifts, over %3 in %4 shifts</translation>
    </message>
    <message>
        <source>%1 · %2, shift %3, closed by %4</source>
        <translation>%1 · %2, shift %3, closed by %4</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Short by</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
</context>
<context>
    <name>ovop::ui::DashboardPage</name>
    <message>
        <source>Sales by month</source>
        <translation>Sales by month</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Sales by category</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Sales by oblast</translation>
    </message>
    <message>
        <source>Producers selling most</source>
        <translation>Producers selling most</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No sales in this period.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>S&amp;hops</source>
        <translation>S&amp;hops</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Sales less returns</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Average sale</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Stock value at shelf prices</source>
        <translation>Stock value at shelf prices</translation>
    </message>
    <message>
        <source>Save or print a report…</source>
        <translation>Save or print a report…</translation>
    </message>
    <message>
        <source>The sales, impact, producers&apos; money or stock report of the period and shops shown: PDF with its charts, CSV, or on paper</source>
        <translation>The sales, impact, producers&apos; money or stock report of the period and shops shown: PDF with its charts, CSV, or on paper</translation>
    </message>
    <message>
        <source>%1 of %2 shifts closed in the period: short %3, over %4</source>
        <translation>%1 of %2 shifts closed in the period: short %3, over %4</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>Products below their minimum</translation>
    </message>
    <message>
        <source>Cash differences at shift closing</source>
        <translation>Cash differences at shift closing</translation>
    </message>
</context>
<context>
    <name>ovop::ui::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ovop::ui::FiscalPendingDialog</name>
    <message>
        <source>Not sent to the fiscal register</source>
        <translation>Not sent to the fiscal register</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>%1 %2: not sent yet</source>
        <translation>%1 %2: not sent yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: refused %n time(s): %3</source>
        <translation>
            <numerusform>%1 %2: refused %n time: %3</numerusform>
            <numerusform>%1 %2: refused %n times: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) wait for the register. Retry sends them again.</source>
        <translation>
            <numerusform>%n document waits for the register. Retry sends it again.</numerusform>
            <numerusform>%n documents wait for the register. Retry sends them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ovop::ui::GroupSalesDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Choose a row above to see its sales.</source>
        <translation>Choose a row above to see its sales.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sale(s), %2</source>
        <translation>
            <numerusform>%1: %n sale, %2</numerusform>
            <numerusform>%1: %n sales, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), %1</source>
        <translation>
            <numerusform>%n return, %1</numerusform>
            <numerusform>%n returns, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>net %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown: the newest %1 are listed.</source>
        <translation>
            <numerusform>%n more not shown: the newest %1 are listed.</numerusform>
            <numerusform>%n more not shown: the newest %1 are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Return of sale %1</source>
        <translation>Return of sale %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
</context>
<context>
    <name>ovop::ui::HistoryDialog</name>
    <message>
        <source>Stock history: %1</source>
        <translation>Stock history: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>This product has no stock movements yet.</source>
        <translation>This product has no stock movements yet.</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>column header: the quantity moved</comment>
        <translation>Qty</translation>
    </message>
</context>
<context>
    <name>ovop::ui::HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Your pages</source>
        <translation>Your pages</translation>
    </message>
    <message>
        <source>Your role (%1) has no work pages in this version of the application. Log out when you have finished.</source>
        <translation>Your role (%1) has no work pages in this version of the application. Log out when you have finished.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Next language (%1)</source>
        <translation>Next language (%1)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportDialog</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file was cancelled. Nothing was imported.</source>
        <translation>Reading the file was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Imported: %1 added, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <source>%1 (%2, separated by “%3”)</source>
        <translation>%1 (%2, separated by “%3”)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 new, %2 changed, %3 unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem: nothing will be imported until the file is corrected.</numerusform>
            <numerusform>%n problems: nothing will be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported.</source>
        <translation>This file was imported.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Correct the problems listed below in the file, then open it again.</source>
        <translation>Correct the problems listed below in the file, then open it again.</translation>
    </message>
    <message>
        <source>Every row is already in the catalogue as the file says: nothing to import.</source>
        <translation>Every row is already in the catalogue as the file says: nothing to import.</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>Import producers</source>
        <translation>Import producers</translation>
    </message>
    <message>
        <source>Import products from a CSV file</source>
        <translation>Import products from a CSV file</translation>
    </message>
    <message>
        <source>Import producers from a CSV file</source>
        <translation>Import producers from a CSV file</translation>
    </message>
    <message>
        <source>Columns are matched by their names in the header row, in any order; required: %1. UTF-8 or Windows-1251, separated by commas or semicolons. Nothing is imported while any row has a problem.</source>
        <translation>Columns are matched by their names in the header row, in any order; required: %1. UTF-8 or Windows-1251, separated by commas or semicolons. Nothing is imported while any row has a problem.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n row with problems.</numerusform>
            <numerusform>%n rows with problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a product</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a producer</comment>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportPreviewModel</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Changes or problems</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportProblemModel</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ImportProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s) copied.</source>
        <translation>
            <numerusform>%n problem copied.</numerusform>
            <numerusform>%n problems copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-problems.csv</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Save the problems</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation>The problems were saved to %1.</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy every problem, to paste into a message or a spreadsheet</source>
        <translation>Copy every problem, to paste into a message or a spreadsheet</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the problems as a CSV file</source>
        <translation>Save the problems as a CSV file</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LabelDialog</name>
    <message>
        <source>no barcode</source>
        <translation>no barcode</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) without a barcode are left out: %1. Give them in-store barcodes first.</source>
        <translation>
            <numerusform>%n product without a barcode is left out: %1. Give it an in-store barcode first.</numerusform>
            <numerusform>%n products without a barcode are left out: %1. Give them in-store barcodes first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) for the selected products</source>
        <translation>
            <numerusform>%n label for the selected products</numerusform>
            <numerusform>%n labels for the selected products</numerusform>
        </translation>
    </message>
    <message>
        <source>In-store barcodes were given to the products that had none.</source>
        <translation>In-store barcodes were given to the products that had none.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Save labels as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>None of the selected products has a barcode: give them in-store barcodes first.</source>
        <translation>None of the selected products has a barcode: give them in-store barcodes first.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n label saved to %1.</numerusform>
            <numerusform>%n labels saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>A4 sheet, 24 labels (63.5 × 33.9 mm)</source>
        <translation>A4 sheet, 24 labels (63.5 × 33.9 mm)</translation>
    </message>
    <message>
        <source>Single labels for a 58 mm label printer</source>
        <translation>Single labels for a 58 mm label printer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>Copies of each</translation>
    </message>
    <message>
        <source>Preview of the first label</source>
        <translation>Preview of the first label</translation>
    </message>
    <message>
        <source>Give in-store barcodes</source>
        <translation>Give in-store barcodes</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to the printer %1.</source>
        <translation>
            <numerusform>%n label sent to the printer %1.</numerusform>
            <numerusform>%n labels sent to the printer %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>labels already used at the start of the sheet</source>
        <translation>labels already used at the start of the sheet</translation>
    </message>
    <message>
        <source>To print on a sheet that was used before: the number of labels gone from its start, counted row by row</source>
        <translation>To print on a sheet that was used before: the number of labels gone from its start, counted row by row</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (%1)</source>
        <translation>Print on a printer of this computer (%1)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Open the saved file in the PDF viewer</source>
        <translation>Open the saved file in the PDF viewer</translation>
    </message>
    <message>
        <source>Save the labels as a PDF file (%1)</source>
        <translation>Save the labels as a PDF file (%1)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LanguageSwitch</name>
    <message>
        <source>Switch the language to %1 (F9: next language)</source>
        <translation>Switch the language to %1 (F9: next language)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::LoginWindow</name>
    <message>
        <source>Choose your name first</source>
        <translation>Choose your name first</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN for %1</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter or &quot;Log in&quot;.</source>
        <translation>Type your PIN, then press Enter or &quot;Log in&quot;.</translation>
    </message>
    <message>
        <source>OVOP shop — log in</source>
        <translation>OVOP shop — log in</translation>
    </message>
    <message>
        <source>OVOP shop</source>
        <translation>OVOP shop</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>There are no active users in this database. Create the first administrator with &quot;ovopctl init&quot;, or ask an administrator to enable your account.</source>
        <translation>There are no active users in this database. Create the first administrator with &quot;ovopctl init&quot;, or ask an administrator to enable your account.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Type the PIN with the keyboard or the pad. Enter logs in, Esc clears, F9 switches the language.</source>
        <translation>Type the PIN with the keyboard or the pad. Enter logs in, Esc clears, F9 switches the language.</translation>
    </message>
    <message>
        <source>Choose your name in the list first, then type your PIN.</source>
        <translation>Choose your name in the list first, then type your PIN.</translation>
    </message>
    <message>
        <source>%1 · locked until %2</source>
        <translation>%1 · locked until %2</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
</context>
<context>
    <name>ovop::ui::MainWindow</name>
    <message>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <source>daily backup failed: %1</source>
        <translation>daily backup failed: %1</translation>
    </message>
    <message>
        <source>OVOP shop — %1</source>
        <translation>OVOP shop — %1</translation>
    </message>
    <message>
        <source>OVOP shop</source>
        <translation>OVOP shop</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log out (Ctrl+L)</source>
        <translation>Log out (Ctrl+L)</translation>
    </message>
    <message>
        <source>Next language</source>
        <translation>Next language</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>backup %1</translation>
    </message>
    <message>
        <source>Shop and taxes</source>
        <translation>Shop and taxes</translation>
    </message>
</context>
<context>
    <name>ovop::ui::MinLevelDialog</name>
    <message>
        <source>Minimum level</source>
        <translation>Minimum level</translation>
    </message>
    <message>
        <source>Below this level the product is low and goes on the reorder list. 0 removes the minimum. On hand: %1 %2.</source>
        <translation>Below this level the product is low and goes on the reorder list. 0 removes the minimum. On hand: %1 %2.</translation>
    </message>
    <message>
        <source>&amp;Minimum (%1)</source>
        <translation>&amp;Minimum (%1)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::OptionalDateEdit</name>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ParkedDialog</name>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n line</numerusform>
            <numerusform>%1 · %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>No cart is parked on this till.</source>
        <translation>No cart is parked on this till.</translation>
    </message>
    <message>
        <source>Parked carts</source>
        <translation>Parked carts</translation>
    </message>
    <message>
        <source>Choose a cart with Up and Down, Enter brings it back, Esc leaves.</source>
        <translation>Choose a cart with Up and Down, Enter brings it back, Esc leaves.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Recall (Enter)</source>
        <translation>Recall (Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PayDialog</name>
    <message>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <source>Pay %1 to %2 (%3) for statement %4, %5 to %6.</source>
        <translation>Pay %1 to %2 (%3) for statement %4, %5 to %6.</translation>
    </message>
    <message>
        <source>Payment details: %1</source>
        <translation>Payment details: %1</translation>
    </message>
    <message>
        <source>Cash from the drawer</source>
        <translation>Cash from the drawer</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Mobile wallet</source>
        <translation>Mobile wallet</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>Give the transfer&apos;s reference, as the receipt of the bank or wallet shows it.</source>
        <translation>Give the transfer&apos;s reference, as the receipt of the bank or wallet shows it.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PaymentDialog</name>
    <message>
        <source>Choose the card&apos;s scheme (Alt+1 … Alt+5).</source>
        <translation>Choose the card&apos;s scheme (Alt+1 … Alt+5).</translation>
    </message>
    <message>
        <source>QR payments are not set up on this till: a manager enters the shop&apos;s ELQR link in the settings.</source>
        <translation>QR payments are not set up on this till: a manager enters the shop&apos;s ELQR link in the settings.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>A payment must be more than zero.</translation>
    </message>
    <message>
        <source>A card or QR payment is at most what is left to pay (%1): only cash gives change.</source>
        <translation>A card or QR payment is at most what is left to pay (%1): only cash gives change.</translation>
    </message>
    <message>
        <source>Leave the payment</source>
        <translation>Leave the payment</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) entered will be dropped and the sale stays open. Leave the payment?</source>
        <translation>
            <numerusform>%n payment entered will be dropped and the sale stays open. Leave the payment?</numerusform>
            <numerusform>%n payments entered will be dropped and the sale stays open. Leave the payment?</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Receipt in:</source>
        <translation>Receipt in:</translation>
    </message>
    <message>
        <source>Cash (F2)</source>
        <translation>Cash (F2)</translation>
    </message>
    <message>
        <source>Card (F3)</source>
        <translation>Card (F3)</translation>
    </message>
    <message>
        <source>QR (F8)</source>
        <translation>QR (F8)</translation>
    </message>
    <message>
        <source>The customer hands over:</source>
        <translation>The customer hands over:</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>&amp;Cash received (Enter: exactly what is left)</source>
        <translation>&amp;Cash received (Enter: exactly what is left)</translation>
    </message>
    <message>
        <source>Card scheme (Alt+1 … Alt+5)</source>
        <translation>Card scheme (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&amp;Amount on the card (Enter: what is left)</source>
        <translation>&amp;Amount on the card (Enter: what is left)</translation>
    </message>
    <message>
        <source>Last four digits or authorisation code (optional)</source>
        <translation>Last four digits or authorisation code (optional)</translation>
    </message>
    <message>
        <source>The terminal approved (Enter)</source>
        <translation>The terminal approved (Enter)</translation>
    </message>
    <message>
        <source>The bank&apos;s reference (optional)</source>
        <translation>The bank&apos;s reference (optional)</translation>
    </message>
    <message>
        <source>Paid (Enter)</source>
        <translation>Paid (Enter)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <source>Remove the chosen payment (Del)</source>
        <translation>Remove the chosen payment (Del)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Complete (Enter)</source>
        <translation>Complete (Enter)</translation>
    </message>
    <message>
        <source>The customer scans the code; the amount is filled in. Press Enter when the customer&apos;s app shows the payment succeeded.</source>
        <translation>The customer scans the code; the amount is filled in. Press Enter when the customer&apos;s app shows the payment succeeded.</translation>
    </message>
    <message>
        <source>The customer scans the shop&apos;s QR code and types the amount %1. Press Enter when the customer&apos;s app shows the payment succeeded.</source>
        <translation>The customer scans the shop&apos;s QR code and types the amount %1. Press Enter when the customer&apos;s app shows the payment succeeded.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PayoutsPage</name>
    <message>
        <source>&amp;Producer</source>
        <translation>&amp;Producer</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Make statement</source>
        <translation>Make statement</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>Pay…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Return goods to producer…</source>
        <translation>Return goods to producer…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Only a manager gives goods back to a producer.</source>
        <translation>Only a manager gives goods back to a producer.</translation>
    </message>
    <message>
        <source>No consignment producers.</source>
        <translation>No consignment producers.</translation>
    </message>
    <message>
        <source>Not on a statement yet: %1 owed.</source>
        <translation>Not on a statement yet: %1 owed.</translation>
    </message>
    <message>
        <source>Sold %1 − returned %2 − commission %3 = owed %4; paid %5, due %6.</source>
        <translation>Sold %1 − returned %2 − commission %3 = owed %4; paid %5, due %6.</translation>
    </message>
    <message>
        <source>Statement %1 made: %2 owed to %3.</source>
        <translation>Statement %1 made: %2 owed to %3.</translation>
    </message>
    <message>
        <source>Choose a statement first.</source>
        <translation>Choose a statement first.</translation>
    </message>
    <message>
        <source>Payout %1: %2 paid to %3.</source>
        <translation>Payout %1: %2 paid to %3.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>%1 was sent to the printer.</translation>
    </message>
    <message>
        <source>Return %1 recorded.</source>
        <translation>Return %1 recorded.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the PIN (Esc)</source>
        <translation>Clear the PIN (Esc)</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Delete the last digit (Backspace)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerEditor</name>
    <message>
        <source>Type the village&apos;s name…</source>
        <translation>Type the village&apos;s name…</translation>
    </message>
    <message>
        <source>No village is called &quot;%1&quot;. Choose one from the list, or add the village in Settings first.</source>
        <translation>No village is called &quot;%1&quot;. Choose one from the list, or add the village in Settings first.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue: none on record. Plan a visit and record it here.</source>
        <translation>Working-conditions visit overdue: none on record. Plan a visit and record it here.</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue: the last one was on %1, more than 12 months ago.</source>
        <translation>Working-conditions visit overdue: the last one was on %1, more than 12 months ago.</translation>
    </message>
    <message>
        <source>Working-conditions visit up to date; the next is due by %1.</source>
        <translation>Working-conditions visit up to date; the next is due by %1.</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>New producer</translation>
    </message>
    <message>
        <source>Producer %1</source>
        <translation>Producer %1</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>Due diligence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Of them women</source>
        <translation>Of them women</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Women-led</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Fair-price basis</source>
        <translation>Fair-price basis</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Visit result</source>
        <translation>Visit result</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Child-labour check</source>
        <translation>Child-labour check</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>Materials and dyes</source>
        <translation>Materials and dyes</translation>
    </message>
    <message>
        <source>Environmental practice</source>
        <translation>Environmental practice</translation>
    </message>
    <message>
        <source>Exempt-seller document No.</source>
        <translation>Exempt-seller document No.</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Certificate No.</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>e.g. BOS-01</source>
        <translation>e.g. BOS-01</translation>
    </message>
    <message>
        <source>e.g. +996 555 123 456</source>
        <translation>e.g. +996 555 123 456</translation>
    </message>
    <message>
        <source>bank account, card or cash</source>
        <translation>bank account, card or cash</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Untick to archive: the producer is kept with their history.</source>
        <translation>Untick to archive: the producer is kept with their history.</translation>
    </message>
    <message>
        <source>How the price paid was agreed and where it is documented</source>
        <translation>How the price paid was agreed and where it is documented</translation>
    </message>
    <message>
        <source>e.g. safe workplace, fair hours</source>
        <translation>e.g. safe workplace, fair hours</translation>
    </message>
    <message>
        <source>e.g. no children working</source>
        <translation>e.g. no children working</translation>
    </message>
    <message>
        <source>e.g. local sheep wool, plant dyes</source>
        <translation>e.g. local sheep wool, plant dyes</translation>
    </message>
    <message>
        <source>used when buying without a VAT invoice</source>
        <translation>used when buying without a VAT invoice</translation>
    </message>
    <message>
        <source>OVOP Brand Committee certificate</source>
        <translation>OVOP Brand Committee certificate</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Led by a woman or by women</source>
        <translation>Led by a woman or by women</translation>
    </message>
    <message>
        <source>Producer %1 (read only)</source>
        <translation>Producer %1 (read only)</translation>
    </message>
    <message>
        <source>By category…</source>
        <translation>By category…</translation>
    </message>
    <message>
        <source>Save the producer first; then categories can have rates of their own.</source>
        <translation>Save the producer first; then categories can have rates of their own.</translation>
    </message>
    <message>
        <source>Commission rates of single categories of this producer&apos;s goods</source>
        <translation>Commission rates of single categories of this producer&apos;s goods</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerReturnDialog</name>
    <message>
        <source>Return goods to the producer</source>
        <translation>Return goods to the producer</translation>
    </message>
    <message>
        <source>Scan or type a SKU or barcode, then Enter</source>
        <translation>Scan or type a SKU or barcode, then Enter</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Goods</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Give back (Ctrl+Enter)</source>
        <translation>Give back (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save document as PDF… (Ctrl+S)</source>
        <translation>Save document as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>This return is recorded already.</source>
        <translation>This return is recorded already.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>No product has the code %1.</translation>
    </message>
    <message>
        <source>%1 is another producer&apos;s: only this producer&apos;s goods go back.</source>
        <translation>%1 is another producer&apos;s: only this producer&apos;s goods go back.</translation>
    </message>
    <message>
        <source>Give a quantity of more than zero.</source>
        <translation>Give a quantity of more than zero.</translation>
    </message>
    <message>
        <source>Return %1 recorded: save or print its document for both to sign.</source>
        <translation>Return %1 recorded: save or print its document for both to sign.</translation>
    </message>
    <message>
        <source>Record the return first.</source>
        <translation>Record the return first.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducerTableModel</name>
    <message>
        <source>No working-conditions visit on record: plan one.</source>
        <translation>No working-conditions visit on record: plan one.</translation>
    </message>
    <message numerus="yes">
        <source>The last working-conditions visit was on %1, more than %n month(s) ago: plan the next one.</source>
        <translation>
            <numerusform>The last working-conditions visit was on %1, more than %n month ago: plan the next one.</numerusform>
            <numerusform>The last working-conditions visit was on %1, more than %n months ago: plan the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next working-conditions visit due by %1.</source>
        <translation>Next working-conditions visit due by %1.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 members, of them %2 women</source>
        <translation>%1 members, of them %2 women</translation>
    </message>
    <message>
        <source>Working-conditions visit overdue (none, or more than 12 months ago)</source>
        <translation>Working-conditions visit overdue (none, or more than 12 months ago)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Members / women</source>
        <translation>Members / women</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Women-led</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProducersPage</name>
    <message numerus="yes">
        <source>%n producer(s) shown</source>
        <translation>
            <numerusform>%n producer shown</numerusform>
            <numerusform>%n producers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) with a working-conditions visit overdue</source>
        <translation>
            <numerusform>%n producer with a working-conditions visit overdue</numerusform>
            <numerusform>%n producers with a working-conditions visit overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>The producer %1 was added.</source>
        <translation>The producer %1 was added.</translation>
    </message>
    <message>
        <source>The producer %1 was saved.</source>
        <translation>The producer %1 was saved.</translation>
    </message>
    <message>
        <source>The producer %1 is active again.</source>
        <translation>The producer %1 is active again.</translation>
    </message>
    <message>
        <source>The producer %1 was archived.</source>
        <translation>The producer %1 was archived.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed.</source>
        <translation>Imported: %1 added, %2 changed.</translation>
    </message>
    <message>
        <source>Export producers</source>
        <translation>Export producers</translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) written to %1.</source>
        <translation>
            <numerusform>%n producer written to %1.</numerusform>
            <numerusform>%n producers written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the producers to %1…</source>
        <translation>Writing the producers to %1…</translation>
    </message>
    <message>
        <source>Filter: name, code or village</source>
        <translation>Filter: name, code or village</translation>
    </message>
    <message>
        <source>Visit overdue only</source>
        <translation>Visit overdue only</translation>
    </message>
    <message>
        <source>Producers with no working-conditions visit in the last 12 months</source>
        <translation>Producers with no working-conditions visit in the last 12 months</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>All producers</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>New producer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Active producers</source>
        <translation>Active producers</translation>
    </message>
    <message>
        <source>Add a producer</source>
        <translation>Add a producer</translation>
    </message>
    <message>
        <source>Change the selected producer (or Enter in the table)</source>
        <translation>Change the selected producer (or Enter in the table)</translation>
    </message>
    <message>
        <source>Open the selected producer (or Enter in the table)</source>
        <translation>Open the selected producer (or Enter in the table)</translation>
    </message>
    <message>
        <source>Make the producer active again</source>
        <translation>Make the producer active again</translation>
    </message>
    <message>
        <source>Archive the selected producer</source>
        <translation>Archive the selected producer</translation>
    </message>
    <message>
        <source>Add or change producers from a spreadsheet (CSV)</source>
        <translation>Add or change producers from a spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Write every producer to a spreadsheet (CSV)</source>
        <translation>Write every producer to a spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Archive producer</source>
        <translation>Archive producer</translation>
    </message>
    <message>
        <source>Archive the producer “%1” (%2)?</source>
        <translation>Archive the producer “%1” (%2)?</translation>
    </message>
    <message>
        <source>They are kept with their history and products. You can undo this.</source>
        <translation>They are kept with their history and products. You can undo this.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductEditor</name>
    <message>
        <source>There is no product with the SKU %1 any more; saving adds it as a new product.</source>
        <translation>There is no product with the SKU %1 any more; saving adds it as a new product.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Type a name or code…</source>
        <translation>Type a name or code…</translation>
    </message>
    <message>
        <source>No producer is called &quot;%1&quot;. Choose one from the list.</source>
        <translation>No producer is called &quot;%1&quot;. Choose one from the list.</translation>
    </message>
    <message>
        <source>The product was saved, but not its photo.</source>
        <translation>The product was saved, but not its photo.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Choose another picture.</source>
        <translation>The file %1 cannot be read. Choose another picture.</translation>
    </message>
    <message>
        <source>This file is not a picture. Choose a PNG or JPEG photo.</source>
        <translation>This file is not a picture. Choose a PNG or JPEG photo.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Edit product %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Origin and story</source>
        <translation>Origin and story</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Name (Kyrgyz)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Name (Russian)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price, som</source>
        <translation>Price, som</translation>
    </message>
    <message>
        <source>Tax group</source>
        <translation>Tax group</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Story (Kyrgyz)</source>
        <translation>Story (Kyrgyz)</translation>
    </message>
    <message>
        <source>Story (Russian)</source>
        <translation>Story (Russian)</translation>
    </message>
    <message>
        <source>Story (English)</source>
        <translation>Story (English)</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Certificate No.</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>e.g. FLT-001</source>
        <translation>e.g. FLT-001</translation>
    </message>
    <message>
        <source>EAN-13, EAN-8 or UPC-A; several separated by spaces</source>
        <translation>EAN-13, EAN-8 or UPC-A; several separated by spaces</translation>
    </message>
    <message>
        <source>e.g. 1250 or 1250,50</source>
        <translation>e.g. 1250 or 1250,50</translation>
    </message>
    <message>
        <source>e.g. sheep wool, natural dyes</source>
        <translation>e.g. sheep wool, natural dyes</translation>
    </message>
    <message>
        <source>OVOP Brand Committee certificate</source>
        <translation>OVOP Brand Committee certificate</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Untick to archive: the product is kept with its history but no longer sold.</source>
        <translation>Untick to archive: the product is kept with its history but no longer sold.</translation>
    </message>
    <message>
        <source>For goods with a best-before date, such as honey and cosmetics.</source>
        <translation>For goods with a best-before date, such as honey and cosmetics.</translation>
    </message>
    <message>
        <source>Give a handmade product an in-store EAN-13 barcode from the shop&apos;s own range (20…29)</source>
        <translation>Give a handmade product an in-store EAN-13 barcode from the shop&apos;s own range (20…29)</translation>
    </message>
    <message>
        <source>Track batches and expiry dates</source>
        <translation>Track batches and expiry dates</translation>
    </message>
    <message>
        <source>Product %1 (read only)</source>
        <translation>Product %1 (read only)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ProductsPage</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All oblasts</source>
        <translation>All oblasts</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>All producers</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 products: type more of a name or choose a filter to narrow the list.</source>
        <translation>Showing the first %1 of %2 products: type more of a name or choose a filter to narrow the list.</translation>
    </message>
    <message>
        <source>No product matches “%1”. Try part of a word, the SKU or the barcode.</source>
        <translation>No product matches “%1”. Try part of a word, the SKU or the barcode.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Select the products to label in the table first.</source>
        <translation>Select the products to label in the table first.</translation>
    </message>
    <message>
        <source>The product %1 was added.</source>
        <translation>The product %1 was added.</translation>
    </message>
    <message>
        <source>The product %1 was saved.</source>
        <translation>The product %1 was saved.</translation>
    </message>
    <message>
        <source>The product %1 is on sale again.</source>
        <translation>The product %1 is on sale again.</translation>
    </message>
    <message>
        <source>The product %1 was archived: it is kept with its history but no longer sold.</source>
        <translation>The product %1 was archived: it is kept with its history but no longer sold.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed.</source>
        <translation>Imported: %1 added, %2 changed.</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, comma separated (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel in Russian or Kyrgyz, semicolon separated (*.csv)</source>
        <translation>CSV for Excel in Russian or Kyrgyz, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation>
            <numerusform>%n product written to %1.</numerusform>
            <numerusform>%n products written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the products to %1…</source>
        <translation>Writing the products to %1…</translation>
    </message>
    <message>
        <source>Search: barcode, SKU, name in any language, producer or village</source>
        <translation>Search: barcode, SKU, name in any language, producer or village</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Oblast of the producer&apos;s village</source>
        <translation>Oblast of the producer&apos;s village</translation>
    </message>
    <message>
        <source>Producer&apos;s village</source>
        <translation>Producer&apos;s village</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>On sale, archived or all products</source>
        <translation>On sale, archived or all products</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Print price labels for the selected products</source>
        <translation>Print price labels for the selected products</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Labels…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <source>Change the selected product (or Enter in the table)</source>
        <translation>Change the selected product (or Enter in the table)</translation>
    </message>
    <message>
        <source>Open the selected product (or Enter in the table)</source>
        <translation>Open the selected product (or Enter in the table)</translation>
    </message>
    <message>
        <source>Put the product on sale again</source>
        <translation>Put the product on sale again</translation>
    </message>
    <message>
        <source>Archive the selected product</source>
        <translation>Archive the selected product</translation>
    </message>
    <message>
        <source>Add or change products from a spreadsheet (CSV)</source>
        <translation>Add or change products from a spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Write every product to a spreadsheet (CSV)</source>
        <translation>Write every product to a spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Archive the product “%1” (%2)?</source>
        <translation>Archive the product “%1” (%2)?</translation>
    </message>
    <message>
        <source>Its stock on hand could not be read.</source>
        <translation>Its stock on hand could not be read.</translation>
    </message>
    <message>
        <source>On hand: %1.</source>
        <translation>On hand: %1.</translation>
    </message>
    <message>
        <source>It is kept with its history but no longer sold. You can undo this.</source>
        <translation>It is kept with its history but no longer sold. You can undo this.</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>Archive product</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiptPreviewDialog</name>
    <message>
        <source>%1 was sent to the printer %2.</source>
        <translation>%1 was sent to the printer %2.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (%1)</source>
        <translation>Print on a printer of this computer (%1)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1)</source>
        <translation>Save as a PDF file (%1)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Open the saved PDF file</source>
        <translation>Open the saved PDF file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>Receive goods</translation>
    </message>
    <message>
        <source>&amp;Producer</source>
        <translation>&amp;Producer</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;document</source>
        <translation>Supplier&apos;s &amp;document</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Scan or type a barcode or SKU, then Enter</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Remove line (%1)</source>
        <translation>Remove line (%1)</translation>
    </message>
    <message>
        <source>&amp;Goods</source>
        <translation>&amp;Goods</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Cost per unit</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of another producer&apos;s goods were taken off the delivery.</source>
        <translation>
            <numerusform>%n line of another producer&apos;s goods was taken off the delivery.</numerusform>
            <numerusform>%n lines of another producer&apos;s goods were taken off the delivery.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product has the barcode or SKU “%1”.</source>
        <translation>No product has the barcode or SKU “%1”.</translation>
    </message>
    <message>
        <source>%1 is archived: put it back on sale before receiving it.</source>
        <translation>%1 is archived: put it back on sale before receiving it.</translation>
    </message>
    <message>
        <source>The producer of %1 is archived or unknown.</source>
        <translation>The producer of %1 is archived or unknown.</translation>
    </message>
    <message>
        <source>%1 is made by %2, not by the producer of this delivery: receive it on a delivery of its own.</source>
        <translation>%1 is made by %2, not by the producer of this delivery: receive it on a delivery of its own.</translation>
    </message>
    <message>
        <source>%1: %2 now.</source>
        <translation>%1: %2 now.</translation>
    </message>
    <message>
        <source>In %1; type to change</source>
        <translation>In %1; type to change</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>Choose a producer.</source>
        <translation>Choose a producer.</translation>
    </message>
    <message>
        <source>Scan or type the goods received first.</source>
        <translation>Scan or type the goods received first.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <source>the quantity must be more than zero.</source>
        <translation>the quantity must be more than zero.</translation>
    </message>
    <message>
        <source>goods bought need their cost per unit.</source>
        <translation>goods bought need their cost per unit.</translation>
    </message>
    <message>
        <source>enter the batch of %1.</source>
        <translation>enter the batch of %1.</translation>
    </message>
    <message numerus="yes">
        <source>The delivery of %n line(s) is not saved yet.</source>
        <translation>
            <numerusform>The delivery of %n line is not saved yet.</numerusform>
            <numerusform>The delivery of %n lines is not saved yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Or scan the first product: its producer is chosen for you</source>
        <translation>Or scan the first product: its producer is chosen for you</translation>
    </message>
    <message>
        <source>Choose a producer</source>
        <translation>Choose a producer</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReceiveTransferDialog</name>
    <message>
        <source>Open a transfer file or a confirmation</source>
        <translation>Open a transfer file or a confirmation</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 was already received (%3): nothing changes. Save confirmation (Ctrl+S) writes its confirmation again.</source>
        <translation>Transfer %1 from %2 was already received (%3): nothing changes. Save confirmation (Ctrl+S) writes its confirmation again.</translation>
    </message>
    <message>
        <source>Check the goods against the lines: where another quantity arrived, type it in the Received column. Then Receive (Ctrl+Enter).</source>
        <translation>Check the goods against the lines: where another quantity arrived, type it in the Received column. Then Receive (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded (%2): nothing changes.</source>
        <translation>The confirmation of transfer %1 was already recorded (%2): nothing changes.</translation>
    </message>
    <message>
        <source>%1 confirms what arrived of transfer %2. Record (Ctrl+Enter) keeps it with the transfer.</source>
        <translation>%1 confirms what arrived of transfer %2. Record (Ctrl+Enter) keeps it with the transfer.</translation>
    </message>
    <message>
        <source>Confirmation of transfer %1: %2 (%3) received the goods on %4.</source>
        <translation>Confirmation of transfer %1: %2 (%3) received the goods on %4.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 (%3), sent on %4 by %5.</source>
        <translation>Transfer %1 from %2 (%3), sent on %4 by %5.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Receive the transfer</source>
        <translation>Receive the transfer</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) arrived with another quantity than was sent. Receive the goods as counted?</source>
        <translation>
            <numerusform>%n line arrived with another quantity than was sent. Receive the goods as counted?</numerusform>
            <numerusform>%n lines arrived with another quantity than was sent. Receive the goods as counted?</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 received (%3): the goods are in the stock. Save confirmation (Ctrl+S) and give the file to %2.</source>
        <translation>Transfer %1 from %2 received (%3): the goods are in the stock. Save confirmation (Ctrl+S) and give the file to %2.</translation>
    </message>
    <message>
        <source>%1 confirmed transfer %2: %3.</source>
        <translation>%1 confirmed transfer %2: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 was already received: nothing changed.</source>
        <translation>Transfer %1 was already received: nothing changed.</translation>
    </message>
    <message>
        <source>The confirmation of transfer %1 was already recorded: nothing changed.</source>
        <translation>The confirmation of transfer %1 was already recorded: nothing changed.</translation>
    </message>
    <message>
        <source>Save the confirmation</source>
        <translation>Save the confirmation</translation>
    </message>
    <message>
        <source>Confirmation written to %1: give it to %2.</source>
        <translation>Confirmation written to %1: give it to %2.</translation>
    </message>
    <message>
        <source>Receive a transfer</source>
        <translation>Receive a transfer</translation>
    </message>
    <message>
        <source>Open the transfer file that came with the goods, or a confirmation from the shop they went to (Ctrl+O).</source>
        <translation>Open the transfer file that came with the goods, or a confirmation from the shop they went to (Ctrl+O).</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Save confirmation…</source>
        <translation>Save confirmation…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>ovop::ui::RecordEditor</name>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Save the changes before closing?</translation>
    </message>
    <message>
        <source>If you discard them, the record stays as it was.</source>
        <translation>If you discard them, the record stays as it was.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ovop::ui::RecordListPage</name>
    <message>
        <source>Search (%1). Esc clears it, Down goes to the list, Enter opens the record found.</source>
        <translation>Search (%1). Esc clears it, Down goes to the list, Enter opens the record found.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
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
        <translation>Reorder list</translation>
    </message>
    <message>
        <source>Products below their minimum level, by producer and village, with what brings them back to the minimum.</source>
        <translation>Products below their minimum level, by producer and village, with what brings them back to the minimum.</translation>
    </message>
    <message>
        <source>Producer / product</source>
        <translation>Producer / product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>To order</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No product is below its minimum level.</source>
        <translation>No product is below its minimum level.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to order</source>
        <translation>
            <numerusform>%n product to order</numerusform>
            <numerusform>%n products to order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n producer</numerusform>
            <numerusform>%n producers</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>The reorder list was sent to the printer.</source>
        <translation>The reorder list was sent to the printer.</translation>
    </message>
    <message>
        <source>Save the reorder list as CSV</source>
        <translation>Save the reorder list as CSV</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Save the reorder list as PDF</source>
        <translation>Save the reorder list as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print the reorder list</source>
        <translation>Print the reorder list</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportExport</name>
    <message>
        <source>Sales report</source>
        <translation>Sales report</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Impact report</translation>
    </message>
    <message>
        <source>Producers&apos; money</source>
        <translation>Producers&apos; money</translation>
    </message>
    <message>
        <source>Stock and its value</source>
        <translation>Stock and its value</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Save %1 as PDF</translation>
    </message>
    <message>
        <source>Save %1 as CSV</source>
        <translation>Save %1 as CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>%1 was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportTablesPage</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) · %1 · returns %2 · net %3</source>
        <translation>
            <numerusform>%n sale · %1 · returns %2 · net %3</numerusform>
            <numerusform>%n sales · %1 · returns %2 · net %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales %1 · discounts %2 · returns %3</source>
        <translation>Sales %1 · discounts %2 · returns %3</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Sold less returns</source>
        <translation>Sold less returns</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Commission %1</translation>
    </message>
    <message>
        <source>Sold less returns %1 · commission %2 · earned %3 · paid %4 · owed %5</source>
        <translation>Sold less returns %1 · commission %2 · earned %3 · paid %4 · owed %5</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Sales less returns</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producers</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>%1 producers in %2 villages of %3 oblasts · women-led %4 · visit current %5</source>
        <translation>%1 producers in %2 villages of %3 oblasts · women-led %4 · visit current %5</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Sales by category</translation>
    </message>
    <message>
        <source>Sales by oblast</source>
        <translation>Sales by oblast</translation>
    </message>
    <message>
        <source>Sales by village</source>
        <translation>Sales by village</translation>
    </message>
    <message>
        <source>Sales by producer</source>
        <translation>Sales by producer</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Sales by payment method</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Sales by cashier</translation>
    </message>
    <message>
        <source>Taxes contained, by rate</source>
        <translation>Taxes contained, by rate</translation>
    </message>
    <message>
        <source>Producers&apos; money: earned, paid, owed</source>
        <translation>Producers&apos; money: earned, paid, owed</translation>
    </message>
    <message>
        <source>Impact: sales by oblast</source>
        <translation>Impact: sales by oblast</translation>
    </message>
    <message>
        <source>Impact: producers whose visit is overdue</source>
        <translation>Impact: producers whose visit is overdue</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Save or print…</source>
        <translation>Save or print…</translation>
    </message>
    <message>
        <source>VAT %1 · sales tax %2</source>
        <translation>VAT %1 · sales tax %2</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Sales tax</translation>
    </message>
    <message>
        <source>Contained in the sales, less the returns</source>
        <translation>Contained in the sales, less the returns</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReportsPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ResetPinDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>A new PIN for %1, 4 to 8 digits. Tell it to the user in person.</source>
        <translation>A new PIN for %1, 4 to 8 digits. Tell it to the user in person.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReturnDialog</name>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number.</source>
        <translation>Scan the receipt&apos;s barcode or type its number.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, cashier %3: %4, paid %5.</source>
        <translation>Receipt %1 of %2, cashier %3: %4, paid %5.</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>To refund: %1</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>Not returned: %1</translation>
    </message>
    <message>
        <source>Return %1 made: %2 refunded — %3.</source>
        <translation>Return %1 made: %2 refunded — %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approved by %1.</translation>
    </message>
    <message>
        <source>Return receipt %1</source>
        <translation>Return receipt %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number</source>
        <translation>Scan the receipt&apos;s barcode or type its number</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <source>Return all</source>
        <translation>Return all</translation>
    </message>
    <message>
        <source>Everything on the receipt that has not come back yet</source>
        <translation>Everything on the receipt that has not come back yet</translation>
    </message>
    <message>
        <source>Return nothing</source>
        <translation>Return nothing</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Refund to</translation>
    </message>
    <message>
        <source>The sale&apos;s payments</source>
        <translation>The sale&apos;s payments</translation>
    </message>
    <message>
        <source>Card and QR payments get their money back first, the rest in cash</source>
        <translation>Card and QR payments get their money back first, the rest in cash</translation>
    </message>
    <message>
        <source>All in cash</source>
        <translation>All in cash</translation>
    </message>
    <message>
        <source>The goods</source>
        <translation>The goods</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>Back on the shelf</translation>
    </message>
    <message>
        <source>Damaged, written off</source>
        <translation>Damaged, written off</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Receipt language</translation>
    </message>
    <message>
        <source>Return receipt… (Ctrl+P)</source>
        <translation>Return receipt… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the return&apos;s receipt or save it as PDF</source>
        <translation>Print the return&apos;s receipt or save it as PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Return (Ctrl+Enter)</source>
        <translation>Return (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ReturnLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Returned before</translation>
    </message>
    <message>
        <source>To return</source>
        <translation>To return</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SalePage</name>
    <message>
        <source>No shift is open on this till. Open a shift with the cash in the drawer before the first sale.</source>
        <translation>No shift is open on this till. Open a shift with the cash in the drawer before the first sale.</translation>
    </message>
    <message>
        <source>Scan the goods first: the cart is empty.</source>
        <translation>Scan the goods first: the cart is empty.</translation>
    </message>
    <message>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches %1. Check the spelling or scan the barcode.</source>
        <translation>Nothing in the catalogue matches %1. Check the spelling or scan the barcode.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match %1. Up and Down choose, Enter adds to the cart, Esc goes back.</source>
        <translation>
            <numerusform>%n product matches %1. Up and Down choose, Enter adds to the cart, Esc goes back.</numerusform>
            <numerusform>%n products match %1. Up and Down choose, Enter adds to the cart, Esc goes back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Receipt %1
Total %2 · paid %3</source>
        <translation>Receipt %1
Total %2 · paid %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>discount %1</translation>
    </message>
    <message>
        <source>tax included %1</source>
        <translation>tax included %1</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a code or a name, then Enter</source>
        <translation>Scan a barcode, or type a code or a name, then Enter</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Pay in cash (Enter on an empty scan field)</source>
        <translation>Pay in cash (Enter on an empty scan field)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Pay by card</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Pay with a QR code (ELQR)</source>
        <translation>Pay with a QR code (ELQR)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>The quantity of the chosen line; kilograms and metres take decimals</source>
        <translation>The quantity of the chosen line; kilograms and metres take decimals</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>A discount on the chosen line, as an amount or a percentage</source>
        <translation>A discount on the chosen line, as an amount or a percentage</translation>
    </message>
    <message>
        <source>Cart discount</source>
        <translation>Cart discount</translation>
    </message>
    <message>
        <source>A discount on the whole cart, as an amount or a percentage</source>
        <translation>A discount on the whole cart, as an amount or a percentage</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Change the price of the chosen line (a manager approves)</source>
        <translation>Change the price of the chosen line (a manager approves)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Remove the chosen line from the cart</source>
        <translation>Remove the chosen line from the cart</translation>
    </message>
    <message>
        <source>Void cart</source>
        <translation>Void cart</translation>
    </message>
    <message>
        <source>Empty the cart without a sale (a manager approves)</source>
        <translation>Empty the cart without a sale (a manager approves)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Put the cart aside to serve the next customer</source>
        <translation>Put the cart aside to serve the next customer</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Bring a parked cart back</source>
        <translation>Bring a parked cart back</translation>
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
        <translation>Type a percentage such as 10 or 12,5.</translation>
    </message>
    <message>
        <source>Type an amount such as 100 or 99,50.</source>
        <translation>Type an amount such as 100 or 99,50.</translation>
    </message>
    <message>
        <source>Not approved: the cart is as it was.</source>
        <translation>Not approved: the cart is as it was.</translation>
    </message>
    <message>
        <source>Sale %1 completed.</source>
        <translation>Sale %1 completed.</translation>
    </message>
    <message>
        <source>The whole cart: %1</source>
        <translation>The whole cart: %1</translation>
    </message>
    <message>
        <source>%1 removed from the cart.</source>
        <translation>%1 removed from the cart.</translation>
    </message>
    <message>
        <source>Void the cart</source>
        <translation>Void the cart</translation>
    </message>
    <message numerus="yes">
        <source>Void the cart of %n line(s), %1? Nothing is sold and the goods stay in stock.</source>
        <translation>
            <numerusform>Void the cart of %n line, %1? Nothing is sold and the goods stay in stock.</numerusform>
            <numerusform>Void the cart of %n lines, %1? Nothing is sold and the goods stay in stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Keep the cart</source>
        <translation>Keep the cart</translation>
    </message>
    <message>
        <source>The cart was voided.</source>
        <translation>The cart was voided.</translation>
    </message>
    <message numerus="yes">
        <source>The cart of %n line(s) was parked. F5 brings it back.</source>
        <translation>
            <numerusform>The cart of %n line was parked. F5 brings it back.</numerusform>
            <numerusform>The cart of %n lines was parked. F5 brings it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or park the current cart (Alt+*) before recalling another.</source>
        <translation>Finish or park the current cart (Alt+*) before recalling another.</translation>
    </message>
    <message>
        <source>The parked cart is back.</source>
        <translation>The parked cart is back.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Take goods back against a receipt</source>
        <translation>Take goods back against a receipt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Show, print or save the receipt of the last sale</source>
        <translation>Show, print or save the receipt of the last sale</translation>
    </message>
    <message>
        <source>No sale was made on this page yet: find an older receipt on the shift page.</source>
        <translation>No sale was made on this page yet: find an older receipt on the shift page.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SendGoodsDialog</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 to send.</source>
        <translation>%1 (%2): %3 to send.</translation>
    </message>
    <message>
        <source>%1 (%2) removed.</source>
        <translation>%1 (%2) removed.</translation>
    </message>
    <message>
        <source>Type the code of the shop the goods go to, like KAR-1.</source>
        <translation>Type the code of the shop the goods go to, like KAR-1.</translation>
    </message>
    <message>
        <source>Add the goods to send first: scan them or type their codes.</source>
        <translation>Add the goods to send first: scan them or type their codes.</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>Save the transfer file</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Send goods</translation>
    </message>
    <message numerus="yes">
        <source>Close without sending? The %n line(s) typed are lost.</source>
        <translation>
            <numerusform>Close without sending? The %n line typed is lost.</numerusform>
            <numerusform>Close without sending? The %n lines typed are lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Close without sending</translation>
    </message>
    <message>
        <source>Send goods to another shop</source>
        <translation>Send goods to another shop</translation>
    </message>
    <message>
        <source>&amp;To shop:</source>
        <translation>&amp;To shop:</translation>
    </message>
    <message>
        <source>The code of the shop the goods go to, as in its settings, like KAR-1.</source>
        <translation>The code of the shop the goods go to, as in its settings, like KAR-1.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Scan a product or type its barcode or SKU and Enter.</source>
        <translation>Scan a product or type its barcode or SKU and Enter.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Empty for one.</source>
        <translation>Empty for one.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Remove the selected line (Del in the table)</source>
        <translation>Remove the selected line (Del in the table)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Save the file and send</source>
        <translation>Save the file and send</translation>
    </message>
    <message>
        <source>Asks where to save the transfer file, then takes the goods out of the stock (%1).</source>
        <translation>Asks where to save the transfer file, then takes the goods out of the stock (%1).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
</context>
<context>
    <name>ovop::ui::SettingsPage</name>
    <message>
        <source>Type a percentage with at most two decimals, such as 12 or 1,5.</source>
        <translation>Type a percentage with at most two decimals, such as 12 or 1,5.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the marked field.</source>
        <translation>Nothing was saved. Correct the marked field.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>The settings were saved.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Tax profile</translation>
    </message>
    <message>
        <source>Shelf prices include tax. The receipt shows the tax contained in the total.</source>
        <translation>Shelf prices include tax. The receipt shows the tax contained in the total.</translation>
    </message>
    <message>
        <source>Shop code</source>
        <translation>Shop code</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>This database is</source>
        <translation>This database is</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Receipt header</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>VAT rate, %</source>
        <translation>VAT rate, %</translation>
    </message>
    <message>
        <source>Sales tax, %</source>
        <translation>Sales tax, %</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>Tax rounding</translation>
    </message>
    <message>
        <source>e.g. BIS-1</source>
        <translation>e.g. BIS-1</translation>
    </message>
    <message>
        <source>e.g. T1</source>
        <translation>e.g. T1</translation>
    </message>
    <message>
        <source>Receipt numbers are SHOP-DEVICE-NNNNNN, e.g. BIS-1-T1-000123.</source>
        <translation>Receipt numbers are SHOP-DEVICE-NNNNNN, e.g. BIS-1-T1-000123.</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt</source>
        <translation>Printed at the top of every receipt</translation>
    </message>
    <message>
        <source>a shop</source>
        <translation>a shop</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>head office</translation>
    </message>
    <message>
        <source>The shop is a VAT payer</source>
        <translation>The shop is a VAT payer</translation>
    </message>
    <message>
        <source>once per receipt</source>
        <translation>once per receipt</translation>
    </message>
    <message>
        <source>per line</source>
        <translation>per line</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Save the settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Type an amount in som, such as 5000 or 1250,50.</source>
        <translation>Type an amount in som, such as 5000 or 1250,50.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Discounts above a cashier&apos;s limit and returns above the approval limit need a manager. The ELQR link is the shop&apos;s QR code from its bank; leave it empty for no QR payments.</source>
        <translation>Discounts above a cashier&apos;s limit and returns above the approval limit need a manager. The ELQR link is the shop&apos;s QR code from its bank; leave it empty for no QR payments.</translation>
    </message>
    <message>
        <source>Cashier&apos;s discount limit, %</source>
        <translation>Cashier&apos;s discount limit, %</translation>
    </message>
    <message>
        <source>Manager&apos;s discount limit, %</source>
        <translation>Manager&apos;s discount limit, %</translation>
    </message>
    <message>
        <source>Approve returns above, som</source>
        <translation>Approve returns above, som</translation>
    </message>
    <message>
        <source>A return of more than this amount needs a manager&apos;s approval.</source>
        <translation>A return of more than this amount needs a manager&apos;s approval.</translation>
    </message>
    <message>
        <source>ELQR link</source>
        <translation>ELQR link</translation>
    </message>
    <message>
        <source>The link of the shop&apos;s static QR code from the bank</source>
        <translation>The link of the shop&apos;s static QR code from the bank</translation>
    </message>
    <message>
        <source>Receipts&apos; language</source>
        <translation>Receipts&apos; language</translation>
    </message>
    <message>
        <source>The language receipts are printed in unless the customer asks for another.</source>
        <translation>The language receipts are printed in unless the customer asks for another.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ShiftPage</name>
    <message>
        <source>Not sent to the fiscal register: %1</source>
        <translation>Not sent to the fiscal register: %1</translation>
    </message>
    <message>
        <source>X report of shift %1</source>
        <translation>X report of shift %1</translation>
    </message>
    <message>
        <source>Shift %1 is closed: Z report No. %2. Counted %3, expected %4.</source>
        <translation>Shift %1 is closed: Z report No. %2. Counted %3, expected %4.</translation>
    </message>
    <message>
        <source>Difference: %1.</source>
        <translation>Difference: %1.</translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation>Z report No. %1</translation>
    </message>
    <message>
        <source>Return %1: %2 refunded.</source>
        <translation>Return %1: %2 refunded.</translation>
    </message>
    <message>
        <source>Sending to the fiscal register…</source>
        <translation>Sending to the fiscal register…</translation>
    </message>
    <message>
        <source>%1 sent to the fiscal register; %2 still refused.</source>
        <translation>%1 sent to the fiscal register; %2 still refused.</translation>
    </message>
    <message>
        <source>%1 sent to the fiscal register.</source>
        <translation>%1 sent to the fiscal register.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Close shift, Z report</source>
        <translation>Close shift, Z report</translation>
    </message>
    <message>
        <source>Z reports, copies</source>
        <translation>Z reports, copies</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Send them to the fiscal register again</source>
        <translation>Send them to the fiscal register again</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>List…</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>A shift is open already: close it first (F8).</source>
        <translation>A shift is open already: close it first (F8).</translation>
    </message>
    <message>
        <source>No shift is open: open one first (F2).</source>
        <translation>No shift is open: open one first (F2).</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>No shift is open</translation>
    </message>
    <message>
        <source>Open a shift with the cash counted in the drawer before selling (F2).</source>
        <translation>Open a shift with the cash counted in the drawer before selling (F2).</translation>
    </message>
    <message>
        <source>Shift %1 is open</source>
        <translation>Shift %1 is open</translation>
    </message>
    <message>
        <source>Opened %1 by %2 with a float of %3.</source>
        <translation>Opened %1 by %2 with a float of %3.</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Sales: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Returns: %1</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StatementLinesModel</name>
    <message>
        <source>%1 %2 (returned)</source>
        <translation>%1 %2 (returned)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StatementTableModel</name>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StockPage</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>All producers</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>No product matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>stock value %1</source>
        <translation>stock value %1</translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n low</numerusform>
            <numerusform>%n low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with expired batches</source>
        <translation>
            <numerusform>%n with expired batches</numerusform>
            <numerusform>%n with expired batches</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a delivery from a producer</source>
        <translation>Record a delivery from a producer</translation>
    </message>
    <message>
        <source>The selected product&apos;s stock movements (or Enter in the table)</source>
        <translation>The selected product&apos;s stock movements (or Enter in the table)</translation>
    </message>
    <message>
        <source>Select a product in the table first.</source>
        <translation>Select a product in the table first.</translation>
    </message>
    <message>
        <source>Correct the selected product&apos;s stock: damage, loss, sample, found</source>
        <translation>Correct the selected product&apos;s stock: damage, loss, sample, found</translation>
    </message>
    <message>
        <source>Set the level below which the product is reordered</source>
        <translation>Set the level below which the product is reordered</translation>
    </message>
    <message>
        <source>Products below their minimum level, by producer: save as CSV or PDF, print</source>
        <translation>Products below their minimum level, by producer: save as CSV or PDF, print</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 from %2 recorded: %n line(s).</source>
        <translation>
            <numerusform>Delivery %1 from %2 recorded: %n line.</numerusform>
            <numerusform>Delivery %1 from %2 recorded: %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Print price labels for the goods received?</source>
        <translation>Print price labels for the goods received?</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Print labels…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Stock of %1 corrected: %2 (%3).</source>
        <translation>Stock of %1 corrected: %2 (%3).</translation>
    </message>
    <message>
        <source>The minimum level of %1 was saved.</source>
        <translation>The minimum level of %1 was saved.</translation>
    </message>
    <message>
        <source>Search: barcode, SKU, name or producer</source>
        <translation>Search: barcode, SKU, name or producer</translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation>Receive goods…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <source>Minimum…</source>
        <translation>Minimum…</translation>
    </message>
    <message>
        <source>Reorder list…</source>
        <translation>Reorder list…</translation>
    </message>
    <message>
        <source>Low only</source>
        <translation>Low only</translation>
    </message>
    <message>
        <source>Only products below their minimum level</source>
        <translation>Only products below their minimum level</translation>
    </message>
    <message>
        <source>Expired only</source>
        <translation>Expired only</translation>
    </message>
    <message>
        <source>Only products with a batch past its expiry date</source>
        <translation>Only products with a batch past its expiry date</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StockTableModel</name>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>expiring soon</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation>Batch %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>Below its minimum level of %1.</source>
        <translation>Below its minimum level of %1.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Minimum level</translation>
    </message>
    <message>
        <source>Min.</source>
        <comment>minimum level, as a column header</comment>
        <translation>Min.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StocktakeModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Sold, returned or received after it was counted</source>
        <translation>Sold, returned or received after it was counted</translation>
    </message>
    <message>
        <source>Moved since counted</source>
        <translation>Moved since counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Value of the difference</source>
        <translation>Value of the difference</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, worth %2</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>stocktake column: the value of the difference</comment>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>ovop::ui::StocktakePage</name>
    <message>
        <source>the whole shop</source>
        <translation>the whole shop</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <source>the goods of %1 (%2)</source>
        <translation>the goods of %1 (%2)</translation>
    </message>
    <message>
        <source>Stocktake %1 started: count %2. Scan each product, or type its code and Enter.</source>
        <translation>Stocktake %1 started: count %2. Scan each product, or type its code and Enter.</translation>
    </message>
    <message>
        <source>Type a quantity other than zero.</source>
        <translation>Type a quantity other than zero.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 counted, %4 in all.</source>
        <translation>%1 (%2): %3 counted, %4 in all.</translation>
    </message>
    <message>
        <source>%1 (%2), batch %3: %4 counted, %5 in all.</source>
        <translation>%1 (%2), batch %3: %4 counted, %5 in all.</translation>
    </message>
    <message numerus="yes">
        <source>Post stocktake %1? The stock of %n product(s) changes to what was counted: gains %2, losses %3, in all %4.</source>
        <translation>
            <numerusform>Post stocktake %1? The stock of %n product changes to what was counted: gains %2, losses %3, in all %4.</numerusform>
            <numerusform>Post stocktake %1? The stock of %n products changes to what was counted: gains %2, losses %3, in all %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) were not counted: they count as none on the shelf.</source>
        <translation>
            <numerusform>%n product was not counted: it counts as none on the shelf.</numerusform>
            <numerusform>%n products were not counted: they count as none on the shelf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the stocktake</source>
        <translation>Post the stocktake</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: the stock of %n product(s) changed, by %2 in all. Start count (F2) begins a new one.</source>
        <translation>
            <numerusform>Stocktake %1 posted: the stock of %n product changed, by %2 in all. Start count (F2) begins a new one.</numerusform>
            <numerusform>Stocktake %1 posted: the stock of %n products changed, by %2 in all. Start count (F2) begins a new one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Cancel the count</translation>
    </message>
    <message>
        <source>Cancel stocktake %1? What was counted is dropped and the stock stays as it is.</source>
        <translation>Cancel stocktake %1? What was counted is dropped and the stock stays as it is.</translation>
    </message>
    <message>
        <source>Stocktake %1 was cancelled: the stock did not change.</source>
        <translation>Stocktake %1 was cancelled: the stock did not change.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Start count</source>
        <translation>Start count</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Cancel count</translation>
    </message>
    <message>
        <source>Only a manager may do this: ask a manager to log in.</source>
        <translation>Only a manager may do this: ask a manager to log in.</translation>
    </message>
    <message>
        <source>Start count (F2)</source>
        <translation>Start count (F2)</translation>
    </message>
    <message>
        <source>Post (F8): writes the differences to the stock.</source>
        <translation>Post (F8): writes the differences to the stock.</translation>
    </message>
    <message>
        <source>Cancel count (F9)</source>
        <translation>Cancel count (F9)</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>C&amp;ount:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Scan a product or type its barcode or SKU and Enter: one more of it each time (Ctrl+F).</source>
        <translation>Scan a product or type its barcode or SKU and Enter: one more of it each time (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>For a weight or a larger count; empty for one. A minus takes back a miscount.</source>
        <translation>For a weight or a larger count; empty for one. A minus takes back a miscount.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>The batch, for a product kept in batches (optional).</source>
        <translation>The batch, for a product kept in batches (optional).</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>The whole shop</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>A category</translation>
    </message>
    <message>
        <source>A producer&apos;s goods</source>
        <translation>A producer&apos;s goods</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>Uncounted only</source>
        <translation>Uncounted only</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Differences only</translation>
    </message>
    <message>
        <source>No count is open</source>
        <translation>No count is open</translation>
    </message>
    <message>
        <source>Choose what to count and start the count (F2); the staff then scan the goods on the shelves, from any till.</source>
        <translation>Choose what to count and start the count (F2); the staff then scan the goods on the shelves, from any till.</translation>
    </message>
    <message>
        <source>A manager starts a count; then you scan the goods here.</source>
        <translation>A manager starts a count; then you scan the goods here.</translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>Stocktake %1</translation>
    </message>
    <message>
        <source>Counting %1. Started by %2 on %3. Not counted yet: %4 of %5.</source>
        <translation>Counting %1. Started by %2 on %3. Not counted yet: %4 of %5.</translation>
    </message>
    <message>
        <source>Gains: %1. Losses: %2. In all: %3.</source>
        <translation>Gains: %1. Losses: %2. In all: %3.</translation>
    </message>
    <message>
        <source>%1 may not manage stock and cannot approve posting a stocktake.</source>
        <translation>%1 may not manage stock and cannot approve posting a stocktake.</translation>
    </message>
    <message>
        <source>Posting stocktake %1 changes the stock: a manager approves it.</source>
        <translation>Posting stocktake %1 changes the stock: a manager approves it.</translation>
    </message>
    <message>
        <source>Post with a manager&apos;s PIN</source>
        <translation>Post with a manager&apos;s PIN</translation>
    </message>
    <message>
        <source>Only a manager may post: use Post with a manager&apos;s PIN (Ctrl+F8).</source>
        <translation>Only a manager may post: use Post with a manager&apos;s PIN (Ctrl+F8).</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TableColumns</name>
    <message>
        <source>Fit all columns to their contents</source>
        <translation>Fit all columns to their contents</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransferFileDialogs</name>
    <message>
        <source>Transfer files (*.json)</source>
        <translation>Transfer files (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransferListModel</name>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n line)</numerusform>
            <numerusform>%1 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Quantity sent</source>
        <translation>Quantity sent</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Quantity received</translation>
    </message>
</context>
<context>
    <name>ovop::ui::TransfersPage</name>
    <message>
        <source>No transfers yet.</source>
        <translation>No transfers yet.</translation>
    </message>
    <message>
        <source>Lines of transfer %1</source>
        <translation>Lines of transfer %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Transfer %1 to %2: the goods left the stock. Give the transfer file to %2 with the goods.</source>
        <translation>Transfer %1 to %2: the goods left the stock. Give the transfer file to %2 with the goods.</translation>
    </message>
    <message>
        <source>Transfer %1: %2.</source>
        <translation>Transfer %1: %2.</translation>
    </message>
    <message>
        <source>Goods sent to the other shops of the network and received from them, each with a file that goes with the goods.</source>
        <translation>Goods sent to the other shops of the network and received from them, each with a file that goes with the goods.</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Send goods</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Receive transfer</translation>
    </message>
    <message>
        <source>Opens a transfer file that came with goods, or the confirmation of goods sent from here (%1).</source>
        <translation>Opens a transfer file that came with goods, or the confirmation of goods sent from here (%1).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Enter shows the lines of the selected transfer; Esc comes back.</source>
        <translation>Enter shows the lines of the selected transfer; Esc comes back.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>ovop::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>ovop::ui::UsersPage</name>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>User %1 was added.</translation>
    </message>
    <message>
        <source>User %1 was enabled.</source>
        <translation>User %1 was enabled.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>User %1 was disabled.</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>The PIN of %1 was changed.</translation>
    </message>
    <message>
        <source>Filter by name, full name, role or status</source>
        <translation>Filter by name, full name, role or status</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <source>You cannot disable your own account while you use it. Another administrator can disable it.</source>
        <translation>You cannot disable your own account while you use it. Another administrator can disable it.</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ValueDialog</name>
    <message>
        <source>Type the quantity; kilograms and metres take decimals (1,5).</source>
        <translation>Type the quantity; kilograms and metres take decimals (1,5).</translation>
    </message>
    <message>
        <source>Type the new price of one unit.</source>
        <translation>Type the new price of one unit.</translation>
    </message>
    <message>
        <source>Type the discount as an amount or a percentage (% or +: switch). Empty: no discount.</source>
        <translation>Type the discount as an amount or a percentage (% or +: switch). Empty: no discount.</translation>
    </message>
    <message>
        <source>som</source>
        <translation>som</translation>
    </message>
    <message>
        <source>An amount in som (+)</source>
        <translation>An amount in som (+)</translation>
    </message>
    <message>
        <source>A percentage (%)</source>
        <translation>A percentage (%)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
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
        <translation>Villages</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>— no district (city) —</source>
        <translation>— no district (city) —</translation>
    </message>
    <message>
        <source>The village %1 was added.</source>
        <translation>The village %1 was added.</translation>
    </message>
    <message>
        <source>The village %1 was saved.</source>
        <translation>The village %1 was saved.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Oblast, district, village</source>
        <translation>Oblast, district, village</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producers</translation>
    </message>
    <message>
        <source>New village</source>
        <translation>New village</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Name (Kyrgyz)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Name (Russian)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>Save village</source>
        <translation>Save village</translation>
    </message>
</context>
<context>
    <name>ovop::ui::ZReportsDialog</name>
    <message>
        <source>Z report No. %1 (copy)</source>
        <translation>Z report No. %1 (copy)</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z reports</translation>
    </message>
    <message>
        <source>The Z reports of this till. A report printed again is marked as a copy.</source>
        <translation>The Z reports of this till. A report printed again is marked as a copy.</translation>
    </message>
    <message>
        <source>Print a copy… (Enter)</source>
        <translation>Print a copy… (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Z report No. %1 — shift %2, closed %3 by %4; sales %5, counted %6</source>
        <translation>Z report No. %1 — shift %2, closed %3 by %4; sales %5, counted %6</translation>
    </message>
    <message>
        <source>difference %1</source>
        <translation>difference %1</translation>
    </message>
    <message>
        <source>No shift of this till has been closed yet.</source>
        <translation>No shift of this till has been closed yet.</translation>
    </message>
</context>
</TS>

-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: OVOP+1 shop software contributors
-- A shop database of data version 1 (settings, users, audit log), as an SQL text dump: the demo
-- shop after `ovopctl init --demo`, a cashier added and disabled, a wrong PIN, a settings change
-- and a backup. PINs: admin 1111, manager 2222, cashier 3333, aizada 4321 (disabled).
-- The upgrade test loads it into a new file and opens it with the current application.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO settings VALUES('address','Chüy Avenue 114, Bishkek 720040, Kyrgyzstan');
INSERT INTO settings VALUES('device_id','T1');
INSERT INTO settings VALUES('mode','shop');
INSERT INTO settings VALUES('receipt_header','Рахмат! Спасибо! Thank you!');
INSERT INTO settings VALUES('sales_tax_rate','100');
INSERT INTO settings VALUES('shop_code','BIS-1');
INSERT INTO settings VALUES('shop_name','OVOP+1 Bishkek');
INSERT INTO settings VALUES('tax_rounding','per-receipt');
INSERT INTO settings VALUES('vat_payer','no');
INSERT INTO settings VALUES('vat_rate','1200');
CREATE TABLE users ( id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, full_name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'admin')), pin_hash TEXT NOT NULL, language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ky', 'ru', 'en')), active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT, created_at TEXT NOT NULL, origin_shop TEXT NOT NULL, origin_device TEXT NOT NULL);
INSERT INTO users VALUES('b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','Азамат Токтогулов','admin','$argon2id$v=19$m=65536,t=2,p=1$odEvaHCAbVuW9MJQBXbi8Q$DJZpETtZFD7hba5C/fC42IYoMS2o87O0LRQepbkijHk','ru',1,0,NULL,'2026-11-30T06:53:28.368Z','BIS-1','T1');
INSERT INTO users VALUES('f06d8292-a777-43a4-8a20-d71d6c192c10','manager','Айгүл Сыдыкова','manager','$argon2id$v=19$m=65536,t=2,p=1$hTuV+/SsFboZ26plRc1pPA$EAGX0MU7vyBwVkrnO4nNHmUmdldY3FRytm5P3WqsG3Y','ky',1,0,NULL,'2026-11-30T06:53:28.781Z','BIS-1','T1');
INSERT INTO users VALUES('67e24317-2de9-40ed-8825-46affa4f0078','cashier','Нурлан Бекмуратов','cashier','$argon2id$v=19$m=65536,t=2,p=1$kHIW5QEJKLRJlNv1g4TYyw$2XZycHqpUxzz0Ru9meEk1g34PBBOBOxx/3/WvwihkT0','ky',1,1,NULL,'2026-11-30T06:53:29.168Z','BIS-1','T1');
INSERT INTO users VALUES('abcf337f-a695-463c-bf67-fd04a3d2496e','aizada','Айзада Осмонова','cashier','$argon2id$v=19$m=65536,t=2,p=1$5FWsY0OrlWp4w1j63EoGCA$ZRef0EydddIzY6BVz9/excN+qAkCUBkjF8xK5o1YL/o','ru',0,0,NULL,'2026-11-30T06:53:30.176Z','BIS-1','T1');
CREATE TABLE audit_log ( seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, user_id TEXT, user_name TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL, origin_shop TEXT NOT NULL, origin_device TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
INSERT INTO audit_log VALUES(1,'a7323c2d-c8ca-4203-8e99-49008965195d','2026-11-30T06:53:27.974Z',NULL,'','init','{"address":"Chüy Avenue 114, Bishkek 720040, Kyrgyzstan","device_id":"T1","mode":"shop","receipt_header":"OVOP+1 Bishkek\nHandmade in the villages of Kyrgyzstan","sales_tax_rate":"1","shop_code":"BIS-1","shop_name":"OVOP+1 Bishkek","tax_rounding":"per-receipt","vat_payer":"no","vat_rate":"12"}','BIS-1','T1','0000000000000000000000000000000000000000000000000000000000000000','fddf1e5e4f661fbfd985055c15c9389a284d8fcdb2fddcc0ae87d3d2a60b708d');
INSERT INTO audit_log VALUES(2,'16a8d45e-c382-4d84-97b8-bebd7e013dbd','2026-11-30T06:53:28.369Z','b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','user.add','{"first_admin":true,"full_name":"Азамат Токтогулов","language":"ru","name":"admin","role":"admin"}','BIS-1','T1','fddf1e5e4f661fbfd985055c15c9389a284d8fcdb2fddcc0ae87d3d2a60b708d','b6a480431888a15ca81a5d4601438d81482d2b2e48c4c7b621e9d55d86f2e7c0');
INSERT INTO audit_log VALUES(3,'920471d9-3be6-4f00-b57b-b6bd6704cf66','2026-11-30T06:53:28.782Z','b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','user.add','{"full_name":"Айгүл Сыдыкова","language":"ky","name":"manager","role":"manager"}','BIS-1','T1','b6a480431888a15ca81a5d4601438d81482d2b2e48c4c7b621e9d55d86f2e7c0','6e85969a12da822dba5fa1cf5a18f24f4eb59753646038ede2adfbc1dda80dbb');
INSERT INTO audit_log VALUES(4,'2cf43266-d664-4f45-bb8e-1a44a49c3b33','2026-11-30T06:53:29.169Z','b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','user.add','{"full_name":"Нурлан Бекмуратов","language":"ky","name":"cashier","role":"cashier"}','BIS-1','T1','6e85969a12da822dba5fa1cf5a18f24f4eb59753646038ede2adfbc1dda80dbb','69983f5d560001ee4dbc836f16991dd1ea3d5623c350557fc63de942df979539');
INSERT INTO audit_log VALUES(5,'e2264866-b319-4859-95cc-feda87652b18','2026-11-30T06:53:29.773Z','b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','login','{}','BIS-1','T1','69983f5d560001ee4dbc836f16991dd1ea3d5623c350557fc63de942df979539','e1876e1833a5f4cb308fe24299553d4142b585fa8520db77c90cd4db07bc4f89');
INSERT INTO audit_log VALUES(6,'06542f56-75e4-459b-a8ef-c1538c5f629c','2026-11-30T06:53:30.178Z','b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','user.add','{"full_name":"Айзада Осмонова","language":"ru","name":"aizada","role":"cashier"}','BIS-1','T1','e1876e1833a5f4cb308fe24299553d4142b585fa8520db77c90cd4db07bc4f89','d996123c13cbfd7f9856a54cf4ce0c46f6a6e0fc18f0f469d6b72364f6326c6d');
INSERT INTO audit_log VALUES(7,'a875651f-0c4f-45ba-8997-7bd07240c8cc','2026-11-30T06:53:30.778Z','67e24317-2de9-40ed-8825-46affa4f0078','cashier','login.failed','{"attempt":1,"reason":"wrong-pin"}','BIS-1','T1','d996123c13cbfd7f9856a54cf4ce0c46f6a6e0fc18f0f469d6b72364f6326c6d','c552b8fb64f8c75827d2624f8551f9d4934d76b68f3f66b52684a440e7039603');
INSERT INTO audit_log VALUES(8,'91677fac-ea4d-4292-9867-76437a532e56','2026-11-30T06:53:31.522Z','f06d8292-a777-43a4-8a20-d71d6c192c10','manager','login','{}','BIS-1','T1','c552b8fb64f8c75827d2624f8551f9d4934d76b68f3f66b52684a440e7039603','5fc324f0b54e2453a706393ab938b93c733031d1a0344f6449a08acbc47e1c36');
INSERT INTO audit_log VALUES(9,'e5bdc411-0621-482b-8243-d9538e20df65','2026-11-30T06:53:31.549Z','f06d8292-a777-43a4-8a20-d71d6c192c10','manager','settings.change','{"key":"receipt_header","new":"Рахмат! Спасибо! Thank you!","old":"OVOP+1 Bishkek\nHandmade in the villages of Kyrgyzstan"}','BIS-1','T1','5fc324f0b54e2453a706393ab938b93c733031d1a0344f6449a08acbc47e1c36','a7d9c2ab51094e489c080365d2eea0957092321a7f35ca12e758db681d5b3b5f');
INSERT INTO audit_log VALUES(10,'b27f0013-1746-4617-8329-f8aa84a8d1a0','2026-11-30T06:53:32.102Z','b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','login','{}','BIS-1','T1','a7d9c2ab51094e489c080365d2eea0957092321a7f35ca12e758db681d5b3b5f','06429d0c3f1f3c7b8c1ec3d088e3f52aa950f0e8b952048b41d0a58153b777eb');
INSERT INTO audit_log VALUES(11,'f46aa808-3084-4e92-ba2f-1b3008cd8e52','2026-11-30T06:53:32.120Z','b9cb58d9-7a16-4bc8-adc8-a65acc1ad985','admin','user.disable','{"name":"aizada","new":false,"old":true}','BIS-1','T1','06429d0c3f1f3c7b8c1ec3d088e3f52aa950f0e8b952048b41d0a58153b777eb','a569010ff9f5971075477cf3ee3b6c7f674dcbd66adb09b91b1cae02a041eb42');
INSERT INTO audit_log VALUES(12,'29274291-569a-4992-ae1b-ff5a290e8bf3','2026-11-30T06:53:32.748Z','f06d8292-a777-43a4-8a20-d71d6c192c10','manager','login','{}','BIS-1','T1','a569010ff9f5971075477cf3ee3b6c7f674dcbd66adb09b91b1cae02a041eb42','4b302504056f98ece21e16658e0c85ab9ef6d3116310703a71570984843a4fb1');
INSERT INTO audit_log VALUES(13,'53f05dd8-188a-4265-93c1-3d1b9c720f8f','2026-11-30T06:53:32.822Z','f06d8292-a777-43a4-8a20-d71d6c192c10','manager','backup','{"bytes":204800,"file":"/tmp/fx/b.sqlite"}','BIS-1','T1','4b302504056f98ece21e16658e0c85ab9ef6d3116310703a71570984843a4fb1','168cae700f8315fe16aa6cd62b853429d8808501e31dd849dfa85fc1d677fb1d');
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
PRAGMA application_id = 1331056464;
PRAGMA user_version = 1;
COMMIT;

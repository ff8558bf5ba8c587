<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
  <!-- Kyrgyz for Qt strings of the file dialog that qt_ky.ts leaves out, and Kyrgyz quotation marks
       where qt_ky.ts has plain apostrophes. Installed after qt_ky, so its entries take precedence. -->
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <comment>All other platforms</comment>
      <translation>Шилтеме</translation>
    </message>
    <message>
      <source>Alias</source>
      <comment>macOS Finder</comment>
      <translation>Шилтеме</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Белгисиз</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Шилтеме</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Шилтеме</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Көрсөтүү </translation>
    </message>
    <message>
      <source>Are you sure you want to delete &apos;%1&apos;?</source>
      <translation>«%1» өчүрүлсүнбү?</translation>
    </message>
    <message>
      <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» деген атты колдонууга болбойт.&lt;/b&gt;&lt;p&gt;Кыскараак же тыныш белгилери жок башка ат колдонуңуз.</translation>
    </message>
    <message>
      <source>%1 bytes</source>
      <translation>%1 байт</translation>
    </message>
    <message>
      <source>%1 KB</source>
      <translation>%1 КБ</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 МБ</translation>
    </message>
    <message>
      <source>%1 GB</source>
      <translation>%1 ГБ</translation>
    </message>
    <message>
      <source>%1 TB</source>
      <translation>%1 ТБ</translation>
    </message>
  </context>
</TS>

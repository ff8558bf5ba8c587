<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Баарын сактоо</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ачуу</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ооба</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Баарына &amp;ооба</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Жок</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Баарына ж&amp;ок</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Токтотуу</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Кайталоо</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Көңүл бурбоо</translation>
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
      <source>Discard</source>
      <translation>Сактабоо</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Жардам</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Колдонуу</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Демейки маанилер</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Толугураак көрсөтүү...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Толук маалыматты жашыруу...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt жөнүндө</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;Жабуу</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>Бул билдирүүнү &amp;дагы көрсөтүү</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Маанини жазыңыз:</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Баарын белгилөө</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Жогорулатуу</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Төмөндөтүү</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Кайра аткаруу</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>Ч&amp;аптоо</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Баарын белгилөө</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Кайра аткаруу</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>Ч&amp;аптоо</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Баарын белгилөө</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Шилтеменин &amp;дарегин көчүрүү</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Ушул жерге жылдыруу</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Башына</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Аягына</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Бир бет өйдө</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Бир бет төмөн</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Өйдө жылдыруу</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Сол четине</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Оң четине</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Бир бет солго</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Бир бет оңго</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Солго жылдыруу</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Оңго жылдыруу</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Кайда:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Файлдын &amp;аты:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Файлдын түрү:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ачуу</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Тандоо</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ачуу</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Башкача сактоо</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Артка</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Алдыга</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Артка</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Алдыга</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Жогорку папка</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Жогорку папкага өтүү</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Жаңы папка</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Тизме</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Толук көрүнүш</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Тизме көрүнүшүнө которуу</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Толук көрүнүшкө которуу</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Каптал панель</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Жерлер жана кыстармалар</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Жашыруун файлдарды көрсөтүү</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Алып салуу</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Папкалар</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Папка табуу</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менин компьютерим</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Акыркы жерлер</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлдар</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Файлдар папкасы</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 файлы</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Белгисиз</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 мурунтан эле бар.
Аны алмаштырасызбы?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>'%1' өчүрүлсүнбү?</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>'%1' жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Папканы өчүрүү мүмкүн болгон жок.</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Өлчөмү</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менин компьютерим</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Файлдын аты туура эмес</translation>
    </message>
  </context>
</TS>

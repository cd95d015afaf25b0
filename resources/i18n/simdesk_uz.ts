<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ" sourcelanguage="en_US">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to shop</source>
        <translation>Magazinga biriktirish</translation>
    </message>
    <message>
        <source>Type to find a shop</source>
        <translation>Magazinni topish uchun yozing</translation>
    </message>
    <message>
        <source>{0} card(s) selected.</source>
        <translation>{0} ta simkarta tanlandi.</translation>
    </message>
    <message>
        <source>There is no active shop. Add a shop on the Shops page first.</source>
        <translation>Faol magazin yoʻq. Avval «Magazinlar» sahifasida magazin qoʻshing.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Biriktirish</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magazin</translation>
    </message>
    <message>
        <source>Choose a shop from the list.</source>
        <translation>Roʻyxatdan magazinni tanlang.</translation>
    </message>
    <message>
        <source>Assigning cards…</source>
        <translation>Simkartalar biriktirilmoqda…</translation>
    </message>
    <message>
        <source>{0} card(s) assigned to {1}.</source>
        <translation>{0} ta simkarta «{1}» magaziniga biriktirildi.</translation>
    </message>
    <message>
        <source>{0} card(s) skipped:</source>
        <translation>{0} ta simkarta oʻtkazib yuborildi:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… va yana {0} ta</translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <source>Bulk add</source>
        <translation>Koʻplab qoʻshish</translation>
    </message>
    <message>
        <source>In stock (no shop)</source>
        <translation>Omborda (magazinsiz)</translation>
    </message>
    <message>
        <source>New cards go to this shop; by default they stay in stock.</source>
        <translation>Yangi simkartalar shu magazinga biriktiriladi; odatda ular omborda qoladi.</translation>
    </message>
    <message>
        <source>Add to</source>
        <translation>Qayerga</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Roʻyxatni joylash</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Oraliq</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Scanner mode</source>
        <translation>Skaner rejimi</translation>
    </message>
    <message>
        <source>Show only duplicates and invalid lines</source>
        <translation>Faqat takroriy va notoʻgʻri qatorlarni koʻrsatish</translation>
    </message>
    <message>
        <source>One code per line; a phone number may follow the code on the same line.</source>
        <translation>Har qatorda bitta kod; koddan keyin shu qatorda telefon raqami boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Add the list</source>
        <translation>Roʻyxatni qoʻshish</translation>
    </message>
    <message>
        <source>First code of the pack</source>
        <translation>Toʻplamning birinchi kodi</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Soni</translation>
    </message>
    <message>
        <source>Last code</source>
        <translation>Oxirgi kod</translation>
    </message>
    <message>
        <source>Last code of the pack</source>
        <translation>Toʻplamning oxirgi kodi</translation>
    </message>
    <message>
        <source>Add the range</source>
        <translation>Oraliqni qoʻshish</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Birinchi kod</translation>
    </message>
    <message>
        <source>A CSV, Excel (.xlsx) or text file</source>
        <translation>CSV, Excel (.xlsx) yoki matn fayli</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>Add from the file</source>
        <translation>Fayldan qoʻshish</translation>
    </message>
    <message>
        <source>The column with the codes is found by its header or its contents.</source>
        <translation>Kodlar ustuni sarlavhasi yoki mazmuni boʻyicha topiladi.</translation>
    </message>
    <message>
        <source>Scan a code (or type it and press Enter)</source>
        <translation>Kodni skanerlang (yoki yozib, Enter bosing)</translation>
    </message>
    <message>
        <source>Ready to scan.</source>
        <translation>Skanerlashga tayyor.</translation>
    </message>
    <message>
        <source>Last added:</source>
        <translation>Oxirgi qoʻshilgan:</translation>
    </message>
    <message>
        <source>Adding SIM cards…</source>
        <translation>Simkartalar qoʻshilmoqda…</translation>
    </message>
    <message>
        <source>Cancelled: no card was added.</source>
        <translation>Bekor qilindi: hech bir simkarta qoʻshilmadi.</translation>
    </message>
    <message>
        <source>Choose a file of codes</source>
        <translation>Kodlar faylini tanlang</translation>
    </message>
    <message>
        <source>Lists of codes (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Kodlar roʻyxatlari (*.csv *.xlsx *.xlsm *.txt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Avval faylni tanlang.</translation>
    </message>
    <message>
        <source>Created: {0} · Duplicates: {1} · Invalid: {2}</source>
        <translation>Qoʻshildi: {0} · Takroriy: {1} · Notoʻgʻri: {2}</translation>
    </message>
    <message>
        <source>{0} card(s) added; {1} line(s) refused, see the reasons below.</source>
        <translation>{0} ta simkarta qoʻshildi; {1} ta qator rad etildi, sabablari quyida.</translation>
    </message>
    <message>
        <source>{0} card(s) added.</source>
        <translation>{0} ta simkarta qoʻshildi.</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>Qoʻshildi: {0}</translation>
    </message>
    <message>
        <source>Already stored, not added: {0}</source>
        <translation>Allaqachon bor, qoʻshilmadi: {0}</translation>
    </message>
    <message>
        <source>Not a valid code: {0} ({1})</source>
        <translation>Notoʻgʻri kod: {0} ({1})</translation>
    </message>
    <message>
        <source>Added: {0} · Refused: {1}</source>
        <translation>Qoʻshildi: {0} · Rad etildi: {1}</translation>
    </message>
</context>
<context>
    <name>CardEditDialog</name>
    <message>
        <source>Add SIM card</source>
        <translation>Simkarta qoʻshish</translation>
    </message>
    <message>
        <source>Edit SIM card</source>
        <translation>Simkartani tahrirlash</translation>
    </message>
    <message>
        <source>19 or 20 digits, starting with 89</source>
        <translation>89 bilan boshlanadigan 19 yoki 20 ta raqam</translation>
    </message>
    <message>
        <source>Leave empty to detect it from the phone number.</source>
        <translation>Telefon raqamidan aniqlash uchun boʻsh qoldiring.</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Kod (ICCID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izoh</translation>
    </message>
</context>
<context>
    <name>CardsTableModel</name>
    <message>
        <source>Available</source>
        <translation>Mavjud</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Biriktirilgan</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sotilgan</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Kod (ICCID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magazin</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshilgan sana</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Sotilgan sana</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Oxirgi tekshiruv</translation>
    </message>
    <message>
        <source>Operator status</source>
        <translation>Operator holati</translation>
    </message>
</context>
<context>
    <name>ChecksLogPage</name>
    <message>
        <source>Card code contains</source>
        <translation>Simkarta kodida bor</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Barcha manbalar</translation>
    </message>
    <message>
        <source>Checks and changes</source>
        <translation>Tekshiruvlar va oʻzgarishlar</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Tekshiruvlar</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Oʻzgarishlar</translation>
    </message>
    <message>
        <source>Status changes only</source>
        <translation>Faqat holat oʻzgarishlari</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Butun davr</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Oxirgi 7 kun</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Oxirgi 30 kun</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Sanalar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <source>Save the whole checks log as Excel or CSV</source>
        <translation>Butun tekshiruvlar jurnalini Excel yoki CSV sifatida saqlash</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Davr</translation>
    </message>
    <message>
        <source>Checks log</source>
        <translation>Tekshiruvlar jurnali</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Barcha magazinlar</translation>
    </message>
    <message>
        <source>{0} of {1} rows, newest first</source>
        <translation>{1} ta qatordan {0} tasi, eng yangilari birinchi</translation>
    </message>
    <message>
        <source>{0} rows, newest first</source>
        <translation>{0} ta qator, eng yangilari birinchi</translation>
    </message>
    <message>
        <source>Export the checks log</source>
        <translation>Tekshiruvlar jurnalini eksport qilish</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel kitobi (*.xlsx);;CSV fayli (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the checks log to {0}…</source>
        <translation>Tekshiruvlar jurnali {0} fayliga eksport qilinmoqda…</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>{0} ta qator {1} fayliga eksport qilindi</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport bajarilmadi</translation>
    </message>
    <message>
        <source>Exporting the checks log</source>
        <translation>Tekshiruvlar jurnali eksport qilinmoqda</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport bekor qilindi; fayl yozilmadi.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Window</source>
        <translation>Oyna</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Buyruqlar qatori</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Holat tekshiruvi</translation>
    </message>
    <message>
        <source>Activation report</source>
        <translation>Faollashtirish hisoboti</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Koʻchirish</translation>
    </message>
    <message>
        <source>Old server</source>
        <translation>Eski server</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Mavjud</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Biriktirilgan</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sotilgan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tekshiruv</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Simkarta kodi</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magazin</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Old status</source>
        <translation>Eski holat</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Yangi holat</translation>
    </message>
    <message>
        <source>Operator's status</source>
        <translation>Operatordagi holat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Xato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim tomonidan</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Shops</source>
        <translation>Magazinlar</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Mavjud</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Biriktirilgan</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sotilgan</translation>
    </message>
    <message>
        <source>Sold today</source>
        <translation>Bugun sotilgan</translation>
    </message>
    <message>
        <source>Sold in 7 days</source>
        <translation>7 kunda sotilgan</translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation>30 kunda sotilgan</translation>
    </message>
    <message>
        <source>No sales in the last 30 days</source>
        <translation>Oxirgi 30 kunda sotuv yoʻq</translation>
    </message>
    <message>
        <source>Sales per day, last 30 days</source>
        <translation>Kunlik sotuvlar, oxirgi 30 kun</translation>
    </message>
    <message>
        <source>No shop holds cards yet</source>
        <translation>Hali hech bir magazinda simkarta yoʻq</translation>
    </message>
    <message>
        <source>Shops by sell-through (top 10)</source>
        <translation>Sotilish ulushi boʻyicha magazinlar (eng yaxshi 10 ta)</translation>
    </message>
    <message>
        <source>Auto-check</source>
        <translation>Avtomatik tekshirish</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Oxirgi tekshiruv</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Keyingi tekshiruv</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Kod (ICCID)</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magazin</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Kunlar</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bosh sahifa</translation>
    </message>
    <message>
        <source>{0} sold in 30 days</source>
        <translation>30 kunda {0} ta sotilgan</translation>
    </message>
    <message>
        <source>best day {0}: {1}</source>
        <translation>eng yaxshi kun {0}: {1}</translation>
    </message>
    <message>
        <source>{0} · {1} of {2}</source>
        <translation>{0} · {2} tadan {1} tasi</translation>
    </message>
    <message>
        <source>Unsold for more than {0} days</source>
        <translation>{0} kundan ortiq sotilmagan</translation>
    </message>
    <message>
        <source>card(s) held in a shop for more than {0} days; the longest-held first</source>
        <translation>ta simkarta magazinda {0} kundan ortiq turibdi; eng uzoq turganlari birinchi</translation>
    </message>
    <message>
        <source>No card waits longer than {0} days.</source>
        <translation>{0} kundan ortiq kutayotgan simkarta yoʻq.</translation>
    </message>
    <message>
        <source>Since {0}</source>
        <translation>{0} dan beri</translation>
    </message>
    <message>
        <source>Running now: {0} of {1} checked</source>
        <translation>Hozir bajarilmoqda: {1} tadan {0} tasi tekshirildi</translation>
    </message>
    <message>
        <source>Running in another simdesk on this database: {0} of {1} checked</source>
        <translation>Shu maʼlumotlar bazasidagi boshqa simdesk dasturida ketmoqda: {1} tadan {0} tasi tekshirildi</translation>
    </message>
    <message>
        <source>No auto-check has run yet</source>
        <translation>Avtomatik tekshiruv hali boʻlmagan</translation>
    </message>
    <message>
        <source>{0} — {1} checked, {2} newly sold, {3} error(s)</source>
        <translation>{0} — {1} ta tekshirildi, {2} ta yangi sotilgan, {3} ta xato</translation>
    </message>
    <message>
        <source>{0} — stopped: {1}</source>
        <translation>{0} — toʻxtadi: {1}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>oʻchiq</translation>
    </message>
    <message>
        <source>at {0} (in {1} min)</source>
        <translation>{0} da ({1} daqiqadan keyin)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Administratorni yaratish</translation>
    </message>
    <message>
        <source>Welcome to simdesk. Create the administrator account: it manages users and settings and logs in to the web app.</source>
        <translation>simdesk dasturiga xush kelibsiz. Administrator hisobini yarating: u foydalanuvchilar va sozlamalarni boshqaradi hamda veb-ilovaga kiradi.</translation>
    </message>
    <message>
        <source>At least {0} characters</source>
        <translation>Kamida {0} ta belgi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Parolni takrorlang</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Ikki parol bir xil emas; bir xil parolni ikki marta yozing.</translation>
    </message>
</context>
<context>
    <name>LineResultsModel</name>
    <message>
        <source>Line</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Qoʻshildi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Takroriy</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Notoʻgʻri</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Import activation report…</source>
        <translation>Faollashtirish hisobotini import qilish…</translation>
    </message>
    <message>
        <source>Back up database now</source>
        <translation>Hozir zaxira nusxa olish</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Dasturdan chiqish</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Vositalar</translation>
    </message>
    <message>
        <source>Auto-check now</source>
        <translation>Avtomatik tekshiruvni hozir boshlash</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>About simdesk</source>
        <translation>simdesk haqida</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Stop this check; the answers so far are kept</source>
        <translation>Bu tekshiruvni toʻxtatish; shu paytgacha olingan javoblar saqlanadi</translation>
    </message>
    <message>
        <source>Main API</source>
        <translation>Asosiy API</translation>
    </message>
    <message>
        <source>Status API</source>
        <translation>Holat API</translation>
    </message>
    <message>
        <source>{0}: listening on {1}</source>
        <translation>{0}: {1} manzilida ishlayapti</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>toʻxtatilgan</translation>
    </message>
    <message>
        <source>{0}: not running</source>
        <translation>{0}: ishlamayapti</translation>
    </message>
    <message>
        <source>{0}: not running — {1}</source>
        <translation>{0}: ishlamayapti — {1}</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation>Tekshirilmoqda: %v / %m</translation>
    </message>
    <message>
        <source>Last check: {0} checked, {1} newly sold, {2} errors</source>
        <translation>Oxirgi tekshiruv: {0} ta tekshirildi, {1} ta yangi sotilgan, {2} ta xato</translation>
    </message>
    <message>
        <source>Last check stopped: {0}</source>
        <translation>Oxirgi tekshiruv toʻxtadi: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Hozir tekshirish</translation>
    </message>
    <message>
        <source>{0} card(s) newly sold: {1}</source>
        <translation>{0} ta simkarta yangi sotildi: {1}</translation>
    </message>
    <message>
        <source>Newly sold</source>
        <translation>Yangi sotilganlar</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Zaxira nusxa yozildi: {0}</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Zaxira nusxa bekor qilindi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Operator's activation report</source>
        <translation>Operatorning faollashtirish hisoboti</translation>
    </message>
    <message>
        <source>Reports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hisobotlar (*.csv *.xlsx *.txt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Importing the activation report</source>
        <translation>Faollashtirish hisoboti import qilinmoqda</translation>
    </message>
    <message>
        <source>Activation report</source>
        <translation>Faollashtirish hisoboti</translation>
    </message>
    <message>
        <source>{0} card(s) now sold, {1} already sold, {2} unknown code(s), {3} invalid line(s).</source>
        <translation>{0} ta simkarta endi sotilgan, {1} tasi avval sotilgan, {2} ta nomaʼlum kod, {3} ta notoʻgʻri qator.</translation>
    </message>
    <message>
        <source>simdesk {0}
Shops, SIM cards and sales for a mobile-operator dealer's office.</source>
        <translation>simdesk {0}
Mobil operator dileri ofisi uchun magazinlar, simkartalar va sotuvlar.</translation>
    </message>
    <message>
        <source>simdesk keeps running in the tray; the servers stay on. Use Quit to stop it.</source>
        <translation>simdesk tizim panelida ishlashda davom etadi; serverlar yoqilgan qoladi. Toʻxtatish uchun «Dasturdan chiqish»ni tanlang.</translation>
    </message>
    <message>
        <source>Daily backup written: {0}</source>
        <translation>Kundalik zaxira nusxa yozildi: {0}</translation>
    </message>
    <message>
        <source>Daily backup failed: {0}</source>
        <translation>Kundalik zaxira nusxa yozilmadi: {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hammasini saqlash</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Barchasiga ha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Yoʻq</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Barchasiga &amp;yoʻq</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eʼtiborsiz qoldirish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bekor qilib tashlash</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yordam</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Qoʻllash</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Asliga qaytarish</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standart qiymatlarni tiklash</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {0}</source>
        <translation>{0} parolini tiklash</translation>
    </message>
    <message>
        <source>{0} will have to choose a new password at the next login.</source>
        <translation>{0} keyingi kirishda yangi parol tanlashi kerak boʻladi.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Yangi parol</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Parolni takrorlang</translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <source>Show</source>
        <translation>Koʻrsatish</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Qaytarish</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serverlar</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Tinglash manzili</translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only; 0.0.0.0: the whole office network</source>
        <translation>127.0.0.1: faqat shu kompyuter; 0.0.0.0: butun ofis tarmogʻi</translation>
    </message>
    <message>
        <source>Main API port</source>
        <translation>Asosiy API porti</translation>
    </message>
    <message>
        <source>Status API port</source>
        <translation>Holat API porti</translation>
    </message>
    <message>
        <source>Trusted web-app origins</source>
        <translation>Ishonchli veb-ilova manzillari</translation>
    </message>
    <message>
        <source>One per line, such as http://localhost:8080</source>
        <translation>Har qatorda bittadan, masalan http://localhost:8080</translation>
    </message>
    <message>
        <source>Main API</source>
        <translation>Asosiy API</translation>
    </message>
    <message>
        <source>Status API</source>
        <translation>Holat API</translation>
    </message>
    <message>
        <source>Status source</source>
        <translation>Holat manbai</translation>
    </message>
    <message>
        <source>Seed web app contract</source>
        <translation>Asl veb-ilova protokoli</translation>
    </message>
    <message>
        <source>Generic HTTP JSON API</source>
        <translation>Umumiy HTTP JSON API</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP usuli</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>Manzil shabloni</translation>
    </message>
    <message>
        <source>{code}, {iccid} or {msisdn} where the card goes; empty: the address above</source>
        <translation>Simkarta oʻrniga {code}, {iccid} yoki {msisdn}; boʻsh boʻlsa: yuqoridagi manzil</translation>
    </message>
    <message>
        <source>POST body template</source>
        <translation>POST soʻrovi tanasi shabloni</translation>
    </message>
    <message>
        <source>Headers (secret)</source>
        <translation>Sarlavhalar (maxfiy)</translation>
    </message>
    <message>
        <source>A JSON object, such as an API key</source>
        <translation>JSON obyekt, masalan API kaliti</translation>
    </message>
    <message>
        <source>Status path in the answer</source>
        <translation>Javobdagi holat yoʻli</translation>
    </message>
    <message>
        <source>Dotted names such as data.state</source>
        <translation>Nuqta bilan ajratilgan nomlar, masalan data.state</translation>
    </message>
    <message>
        <source>Sale date path</source>
        <translation>Sotilgan sana yoʻli</translation>
    </message>
    <message>
        <source>Dotted names such as data.activatedAt; may be empty</source>
        <translation>Nuqta bilan ajratilgan nomlar, masalan data.activatedAt; boʻsh boʻlishi mumkin</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Vergul bilan ajratilgan</translation>
    </message>
    <message>
        <source>Values meaning sold</source>
        <translation>«Sotilgan» maʼnosidagi qiymatlar</translation>
    </message>
    <message>
        <source>Values meaning not sold</source>
        <translation>«Sotilmagan» maʼnosidagi qiymatlar</translation>
    </message>
    <message>
        <source>Values meaning blocked</source>
        <translation>«Bloklangan» maʼnosidagi qiymatlar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Ulanishni tekshirish</translation>
    </message>
    <message>
        <source>Card code to ask about</source>
        <translation>Soʻraladigan simkarta kodi</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Tekshiruvlar</translation>
    </message>
    <message>
        <source>Checks at once</source>
        <translation>Bir vaqtdagi tekshiruvlar</translation>
    </message>
    <message>
        <source>From 1 to 128</source>
        <translation>1 dan 128 gacha</translation>
    </message>
    <message>
        <source>Most checks per second</source>
        <translation>Soniyasiga eng koʻp tekshiruv</translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation>0: cheklovsiz</translation>
    </message>
    <message>
        <source>Time limit of one check</source>
        <translation>Bitta tekshiruvning vaqt chegarasi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> soniya</translation>
    </message>
    <message>
        <source>Stop a run after failures in a row</source>
        <translation>Ketma-ket shuncha xatodan keyin toʻxtatish</translation>
    </message>
    <message>
        <source>Check all assigned cards automatically</source>
        <translation>Barcha biriktirilgan simkartalarni avtomatik tekshirish</translation>
    </message>
    <message>
        <source>Auto-check</source>
        <translation>Avtomatik tekshirish</translation>
    </message>
    <message>
        <source> min</source>
        <translation> daqiqa</translation>
    </message>
    <message>
        <source>Auto-check every</source>
        <translation>Avtomatik tekshirish oraligʻi</translation>
    </message>
    <message>
        <source>Webhook for newly sold cards</source>
        <translation>Yangi sotilganlar uchun webhook</translation>
    </message>
    <message>
        <source>Called with the newly sold cards; may be empty</source>
        <translation>Yangi sotilgan simkartalar haqida xabar beradi; boʻsh boʻlishi mumkin</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Oyna</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Closing the window keeps simdesk and its servers running in the tray</source>
        <translation>Oyna yopilganda simdesk va uning serverlari tizim panelida ishlashda davom etadi</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Tizim paneliga yopish</translation>
    </message>
    <message>
        <source>Data folder and backups</source>
        <translation>Maʼlumotlar papkasi va zaxira nusxalar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Papkani ochish</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Maʼlumotlar papkasi</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hozir zaxira nusxa olish</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Tiklash…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Zaxira nusxa</translation>
    </message>
    <message>
        <source>Back up the database once a day (the last 14 are kept)</source>
        <translation>Maʼlumotlar bazasining zaxira nusxasini kuniga bir marta olish (oxirgi 14 tasi saqlanadi)</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Kunlik zaxira nusxa</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Oʻzgarishlar bekor qilindi.</translation>
    </message>
    <message>
        <source>Not saved — correct the marked fields: {0}</source>
        <translation>Saqlanmadi — belgilangan maydonlarni tuzating: {0}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Sozlamalar saqlandi.</translation>
    </message>
    <message>
        <source>listening on {0}</source>
        <translation>{0} manzilida ishlayapti</translation>
    </message>
    <message>
        <source>not running — {0}</source>
        <translation>ishlamayapti — {0}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>toʻxtatilgan</translation>
    </message>
    <message>
        <source>Main API: {0}. Status API: {1}.</source>
        <translation>Asosiy API: {0}. Holat API: {1}.</translation>
    </message>
    <message>
        <source>Save the changes first: the test uses the saved status source.</source>
        <translation>Avval oʻzgarishlarni saqlang: tekshiruv saqlangan holat manbaidan foydalanadi.</translation>
    </message>
    <message>
        <source>Asking the status source about {0}…</source>
        <translation>Holat manbaidan {0} haqida soʻralmoqda…</translation>
    </message>
    <message>
        <source>The source did not answer properly ({0} ms): {1}</source>
        <translation>Manba toʻgʻri javob bermadi ({0} ms): {1}</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>sotilgan</translation>
    </message>
    <message>
        <source>not sold</source>
        <translation>sotilmagan</translation>
    </message>
    <message>
        <source>Connected ({0} ms). Status: {1} — {2}.</source>
        <translation>Ulandi ({0} ms). Holat: {1} — {2}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Zaxira nusxa olinmoqda…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Bekor qilindi; hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Zaxira nusxa yozildi: {0}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Zaxira nusxadan tiklash</translation>
    </message>
    <message>
        <source>simdesk backups (*.sqlite *.db);;All files (*)</source>
        <translation>simdesk zaxira nusxalari (*.sqlite *.db);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Tiklash</translation>
    </message>
    <message>
        <source>Replace all shops, cards, users and settings with the contents of {0}?

A copy of the current database is written first.</source>
        <translation>Barcha magazinlar, simkartalar, foydalanuvchilar va sozlamalar {0} fayli mazmuni bilan almashtirilsinmi?

Avval joriy maʼlumotlar bazasining nusxasi yoziladi.</translation>
    </message>
    <message>
        <source>Restoring from {0}…</source>
        <translation>Tiklanmoqda: {0}…</translation>
    </message>
    <message>
        <source>Restored from {0}. The database as it was before is in {1}.</source>
        <translation>Tiklandi: {0}. Maʼlumotlar bazasining avvalgi holati: {1}.</translation>
    </message>
</context>
<context>
    <name>ShopDetail</name>
    <message>
        <source>Select a shop to see its numbers and cards.</source>
        <translation>Koʻrsatkichlari va simkartalarini koʻrish uchun magazinni tanlang.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Biriktirilgan</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sotilgan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Sotilish ulushi</translation>
    </message>
    <message>
        <source>Sold in 7 days</source>
        <translation>7 kunda sotilgan</translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation>30 kunda sotilgan</translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation>Simkartalar</translation>
    </message>
    <message>
        <source>The latest {0} of {1} cards.</source>
        <translation>{1} ta simkartadan oxirgi {0} tasi.</translation>
    </message>
    <message>
        <source>No cards in this shop yet.</source>
        <translation>Bu magazinda hali simkarta yoʻq.</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Edit shop</source>
        <translation>Magazinni tahrirlash</translation>
    </message>
    <message>
        <source>Add shop</source>
        <translation>Magazin qoʻshish</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Faol</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nofaol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Egasi</translation>
    </message>
    <message>
        <source>Owner's phone</source>
        <translation>Egasining telefoni</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Viloyat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Kenglik</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Uzunlik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Latitude / longitude</source>
        <translation>Kenglik / uzunlik</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>The shop was not saved:</source>
        <translation>Magazin saqlanmadi:</translation>
    </message>
</context>
<context>
    <name>ShopsModel</name>
    <message>
        <source>Archived</source>
        <translation>Arxivlangan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Faol</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nofaol</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Mavjud</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Biriktirilgan</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sotilgan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Egasi</translation>
    </message>
    <message>
        <source>Owner's phone</source>
        <translation>Egasining telefoni</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Viloyat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Sotilish ulushi</translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation>30 kunda sotilgan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshilgan sana</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Kod (ICCID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Sotilgan sana</translation>
    </message>
</context>
<context>
    <name>ShopsPage</name>
    <message>
        <source>Search name, owner, phone or address</source>
        <translation>Nomi, egasi, telefoni yoki manzili boʻyicha qidirish</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Faol</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nofaol</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Arxivlanganlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Qoʻshish…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arxivlash</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Arxivdan chiqarish</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Oʻchirish…</translation>
    </message>
    <message>
        <source>Add a shop (Ctrl+N)</source>
        <translation>Magazin qoʻshish (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected shop (F2)</source>
        <translation>Tanlangan magazinni tahrirlash (F2)</translation>
    </message>
    <message>
        <source>A shop that takes no more cards; its sales stay on record</source>
        <translation>Boshqa simkarta olmaydigan magazin; uning sotuvlari saqlanib qoladi</translation>
    </message>
    <message>
        <source>Only a shop that never held a card can be deleted (Delete)</source>
        <translation>Faqat hech qachon simkarta olmagan magazinni oʻchirish mumkin (Delete)</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Magazinlar</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Barcha viloyatlar</translation>
    </message>
    <message>
        <source>{0} shop(s)</source>
        <translation>{0} ta magazin</translation>
    </message>
    <message>
        <source>Cannot archive the shop</source>
        <translation>Magazinni arxivlab boʻlmaydi</translation>
    </message>
    <message>
        <source>This shop still holds {0} unsold card(s). Return them to stock or assign them to another shop on the SIM cards page, then archive it.</source>
        <translation>Bu magazinda hali {0} ta sotilmagan simkarta bor. Ularni «Simkartalar» sahifasida omborga qaytaring yoki boshqa magazinga biriktiring, soʻng arxivlang.</translation>
    </message>
    <message>
        <source>Delete shop</source>
        <translation>Magazinni oʻchirish</translation>
    </message>
    <message>
        <source>Delete the shop “{0}”? This cannot be undone.</source>
        <translation>«{0}» magazini oʻchirilsinmi? Buni qaytarib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Cannot delete the shop</source>
        <translation>Magazinni oʻchirib boʻlmaydi</translation>
    </message>
    <message>
        <source>The shop “{0}” still holds {1} unsold card(s), so it cannot be deleted. A shop that held cards keeps its history: return the cards to stock or move them to another shop, then archive it.</source>
        <translation>«{0}» magazinida hali {1} ta sotilmagan simkarta bor, shuning uchun uni oʻchirib boʻlmaydi. Simkarta olgan magazinning tarixi saqlanadi: simkartalarni omborga qaytaring yoki boshqa magazinga oʻtkazing, soʻng magazinni arxivlang.</translation>
    </message>
    <message>
        <source>The shop “{0}” has held cards, so it cannot be deleted: its sales and its history keep its name. Archive it instead — it disappears from the lists and can be brought back.</source>
        <translation>«{0}» magaziniga simkartalar biriktirilgan boʻlgan, shuning uchun uni oʻchirib boʻlmaydi: savdolari va tarixi uning nomini saqlaydi. Uning oʻrniga arxivlang — u roʻyxatlardan yoʻqoladi va keyin qaytarish mumkin.</translation>
    </message>
</context>
<context>
    <name>SimCardsPage</name>
    <message>
        <source>Search by code or phone</source>
        <translation>Kod yoki telefon boʻyicha qidirish</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Mavjud</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Biriktirilgan</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sotilgan</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Barcha operatorlar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Qoʻshish</translation>
    </message>
    <message>
        <source>Bulk add</source>
        <translation>Koʻplab qoʻshish</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Check selected</source>
        <translation>Tanlanganlarni tekshirish</translation>
    </message>
    <message>
        <source>Auto-check now</source>
        <translation>Avtomatik tekshiruvni hozir boshlash</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Holatini hozir tekshirish</translation>
    </message>
    <message>
        <source>Assign to shop…</source>
        <translation>Magazinga biriktirish…</translation>
    </message>
    <message>
        <source>Return to stock</source>
        <translation>Omborga qaytarish</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Tahrirlash</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kodni nusxalash</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Tanlanganlarni eksport qilish…</translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation>Simkartalar</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Barcha magazinlar</translation>
    </message>
    <message>
        <source>{0} card(s)</source>
        <translation>{0} ta simkarta</translation>
    </message>
    <message>
        <source>All {0} card(s) matching the filter are selected. Click a row to select fewer.</source>
        <translation>Filtrga mos barcha {0} ta simkarta tanlandi. Kamroq tanlash uchun qatorni bosing.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… va yana {0} ta</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Bekor qilindi; hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>Kodlarni nusxalash</translation>
    </message>
    <message>
        <source>Copy {0} codes to the clipboard?</source>
        <translation>{0} ta kod vaqtinchalik xotiraga nusxalansinmi?</translation>
    </message>
    <message>
        <source>Copying codes…</source>
        <translation>Kodlar nusxalanmoqda…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Nusxalash</translation>
    </message>
    <message>
        <source>{0} code(s) copied.</source>
        <translation>{0} ta kod nusxalandi.</translation>
    </message>
    <message>
        <source>Card {0} added.</source>
        <translation>{0} simkartasi qoʻshildi.</translation>
    </message>
    <message>
        <source>Card {0} saved.</source>
        <translation>{0} simkartasi saqlandi.</translation>
    </message>
    <message>
        <source>{0} card(s) assigned to {1}.</source>
        <translation>{0} ta simkarta «{1}» magaziniga biriktirildi.</translation>
    </message>
    <message>
        <source>{0} skipped.</source>
        <translation>{0} tasi oʻtkazib yuborildi.</translation>
    </message>
    <message>
        <source>{0} card(s) returned to stock.</source>
        <translation>{0} ta simkarta omborga qaytarildi.</translation>
    </message>
    <message>
        <source>These cards were not returned:</source>
        <translation>Bu simkartalar qaytarilmadi:</translation>
    </message>
    <message>
        <source>Returning cards to stock…</source>
        <translation>Simkartalar omborga qaytarilmoqda…</translation>
    </message>
    <message>
        <source>Looking at the cards…</source>
        <translation>Simkartalar koʻrib chiqilmoqda…</translation>
    </message>
    <message>
        <source>Delete card {0}? This cannot be undone.</source>
        <translation>{0} simkartasi oʻchirilsinmi? Buni qaytarib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Delete {0} cards? This cannot be undone.</source>
        <translation>{0} ta simkarta oʻchirilsinmi? Buni qaytarib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Oʻchirib boʻlmaydi</translation>
    </message>
    <message>
        <source>Card {0} is sold. Sold cards are sales history and cannot be deleted.</source>
        <translation>{0} simkartasi sotilgan. Sotilgan simkartalar savdo tarixidir, ularni oʻchirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>{0} of the {1} selected cards are sold: {2}. Sold cards are sales history and cannot be deleted. Nothing was deleted: leave the sold cards out (for example, filter by the status Available or Assigned) and delete again.</source>
        <translation>Tanlangan {1} ta simkartadan {0} tasi sotilgan: {2}. Sotilgan simkartalar savdo tarixidir, ularni oʻchirib boʻlmaydi. Hech narsa oʻchirilmadi: sotilganlarni tanlovdan chiqaring (masalan, “Mavjud” yoki “Biriktirilgan” holati boʻyicha filtrlang) va qaytadan oʻchiring.</translation>
    </message>
    <message>
        <source>{0} card(s) deleted.</source>
        <translation>{0} ta simkarta oʻchirildi.</translation>
    </message>
    <message>
        <source>Deleting cards…</source>
        <translation>Simkartalar oʻchirilmoqda…</translation>
    </message>
    <message>
        <source>Checking {0} card(s)…</source>
        <translation>{0} ta simkarta tekshirilmoqda…</translation>
    </message>
    <message>
        <source>Checking status…</source>
        <translation>Holat tekshirilmoqda…</translation>
    </message>
    <message>
        <source>Card {0}: the check failed: {1}</source>
        <translation>{0} simkartasi: tekshiruv bajarilmadi: {1}</translation>
    </message>
    <message>
        <source>Card {0}: {1} (operator says: {2}).</source>
        <translation>{0} simkartasi: {1} (operator javobi: {2}).</translation>
    </message>
    <message>
        <source>The status changed.</source>
        <translation>Holat oʻzgardi.</translation>
    </message>
    <message>
        <source>{0} card(s) checked: {1} changed, {2} newly sold, {3} error(s).</source>
        <translation>{0} ta simkarta tekshirildi: {1} tasi oʻzgardi, {2} tasi yangi sotilgan, {3} ta xato.</translation>
    </message>
    <message>
        <source>Reading the selected cards…</source>
        <translation>Tanlangan simkartalar oʻqilmoqda…</translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>Tekshiruvni boshlab boʻlmadi.</translation>
    </message>
    <message>
        <source>Checking {0} card(s) in the background…</source>
        <translation>{0} ta simkarta fonda tekshirilmoqda…</translation>
    </message>
    <message>
        <source>Export SIM cards</source>
        <translation>Simkartalarni eksport qilish</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel kitobi (*.xlsx);;CSV fayli (*.csv)</translation>
    </message>
    <message>
        <source>Export the selected SIM cards</source>
        <translation>Tanlangan simkartalarni eksport qilish</translation>
    </message>
    <message>
        <source>{0} card(s) exported to {1}.</source>
        <translation>{0} ta simkarta {1} fayliga eksport qilindi.</translation>
    </message>
    <message>
        <source>Exporting SIM cards…</source>
        <translation>Simkartalar eksport qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Foydalanuvchi qoʻshish</translation>
    </message>
    <message>
        <source>Latin letters, digits and . _ - @</source>
        <translation>Lotin harflari, raqamlar va . _ - @</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Parolni takrorlang</translation>
    </message>
    <message>
        <source>At least {0} characters</source>
        <translation>Kamida {0} ta belgi</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Username</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Faol</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Parolni almashtirishi kerak</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Oxirgi kirish</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add user…</source>
        <translation>Foydalanuvchi qoʻshish…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Oʻchirib qoʻyish</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolni oʻzgartirish</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Parolni tiklash…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Qulfdan chiqarish</translation>
    </message>
    <message>
        <source>Forget the failed logins of the selected user from every address, so they may log in again at once (Ctrl+U)</source>
        <translation>Tanlangan foydalanuvchining barcha manzillardan qilgan muvaffaqiyatsiz kirishlarini unutish, u darhol qayta kira olsin (Ctrl+U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Users log in to the web app and the HTTP APIs. Administrators manage users and settings, operators work with shops and cards, viewers only look.</source>
        <translation>Foydalanuvchilar veb-ilova va HTTP API orqali kiradi. Administratorlar foydalanuvchilar va sozlamalarni boshqaradi, operatorlar magazinlar va simkartalar bilan ishlaydi, kuzatuvchilar faqat koʻradi.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Foydalanuvchilar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Yoqish</translation>
    </message>
    <message>
        <source>User {0} added.</source>
        <translation>{0} foydalanuvchisi qoʻshildi.</translation>
    </message>
    <message>
        <source>User {0} enabled.</source>
        <translation>{0} foydalanuvchisi yoqildi.</translation>
    </message>
    <message>
        <source>User {0} disabled; their logins end now.</source>
        <translation>{0} foydalanuvchisi oʻchirib qoʻyildi; uning seanslari hozir tugaydi.</translation>
    </message>
    <message>
        <source>Role changed to {0}.</source>
        <translation>Rol oʻzgartirildi: {0}.</translation>
    </message>
    <message>
        <source>Failed logins of {0} cleared; they may log in again at once.</source>
        <translation>{0} foydalanuvchisining muvaffaqiyatsiz kirishlari tozalandi; u darhol qayta kira oladi.</translation>
    </message>
    <message>
        <source>New password set for {0}; they must change it at the next login.</source>
        <translation>{0} uchun yangi parol oʻrnatildi; keyingi kirishda uni almashtirishi kerak.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Foydalanuvchini oʻchirish</translation>
    </message>
    <message>
        <source>Delete user {0}? Their logins end now.</source>
        <translation>{0} foydalanuvchisi oʻchirilsinmi? Uning seanslari hozir tugaydi.</translation>
    </message>
    <message>
        <source>User {0} deleted.</source>
        <translation>{0} foydalanuvchisi oʻchirildi.</translation>
    </message>
</context>
<context>
    <name>_TaskEntry</name>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Stop this work; what it did so far is undone where it must be all or nothing</source>
        <translation>Bu ishni toʻxtatish; hammasi yoki hech narsa boʻlishi kerak boʻlgan joyda qilingani bekor qilinadi</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Maʼlumotlar bazasining zaxira nusxasi olinmoqda</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Kunlik zaxira nusxa</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>Maʼlumotlar bazasi tiklanmoqda</translation>
    </message>
    <message>
        <source>Testing the status source</source>
        <translation>Holat manbai sinab koʻrilmoqda</translation>
    </message>
    <message>
        <source>Exporting the check log</source>
        <translation>Tekshiruv jurnali eksport qilinmoqda</translation>
    </message>
    <message>
        <source>Importing the activation report</source>
        <translation>Faollashtirish hisoboti import qilinmoqda</translation>
    </message>
    <message>
        <source>{0} — cancelling…</source>
        <translation>{0} — bekor qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}. Details are in the log file.</source>
        <translation>Nimadir notoʻgʻri ketdi: {0}. Tafsilotlar jurnal faylida.</translation>
    </message>
    <message>
        <source>This code is already stored.</source>
        <translation>Bu kod allaqachon saqlangan.</translation>
    </message>
    <message>
        <source>A shop with this name already exists; choose another name.</source>
        <translation>Bu nomli magazin allaqachon bor; boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>Only {0} card(s) are available in stock.</source>
        <translation>Omborda faqat {0} ta simkarta mavjud.</translation>
    </message>
    <message>
        <source>The shop is archived; unarchive it or choose another shop.</source>
        <translation>Magazin arxivda; uni arxivdan chiqaring yoki boshqa magazinni tanlang.</translation>
    </message>
    <message>
        <source>No status source is configured. Set its address in Settings → Status source.</source>
        <translation>Holat manbai sozlanmagan. Uning manzilini Sozlamalar → Holat manbai boʻlimida kiriting.</translation>
    </message>
    <message>
        <source>Port {0} is already in use by another program. Choose another port in Settings.</source>
        <translation>{0}-port boshqa dastur tomonidan band. Sozlamalarda boshqa port tanlang.</translation>
    </message>
    <message>
        <source>A sold card cannot be changed or deleted.</source>
        <translation>Sotilgan simkartani oʻzgartirib ham, oʻchirib ham boʻlmaydi.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on {0} and try again.</source>
        <translation>Diskda joy qolmadi: {0} joylashgan diskda joy boʻshating va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only folder, file or disk): nothing can be saved. Make them writable for this user and start simdesk again.</source>
        <translation>Maʼlumotlar bazasiga yozib boʻlmaydi (papka, fayl yoki disk faqat oʻqish uchun): hech narsa saqlanmaydi. Ularni shu foydalanuvchi yoza oladigan qiling va simdeskni qayta ishga tushiring.</translation>
    </message>
    <message>
        <source>{0} is a database or one of simdesk's own files (a database, a backup or the copy made before the conversion), which simdesk never writes over; choose another file name.</source>
        <translation>{0} — maʼlumotlar bazasi yoki simdeskning oʻz fayli (maʼlumotlar bazasi, zaxira nusxa yoki konvertatsiyadan oldin olingan nusxa); simdesk uning ustiga yozmaydi, boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>The file has more than {0} rows; split it into files of at most {0} rows.</source>
        <translation>Faylda {0} tadan ortiq qator bor; uni koʻpi bilan {0} qatorli fayllarga boʻling.</translation>
    </message>
    <message>
        <source>An auto-check is already running in another simdesk on this database ({0}); none was started here. Its results appear here when it ends.</source>
        <translation>Shu maʼlumotlar bazasidagi boshqa simdesk dasturida avtomatik tekshirish allaqachon ketmoqda ({0}); bu yerda yangisi boshlanmadi. Uning natijalari tugagach shu yerda koʻrinadi.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Maʼlumotlar bazasi band: unga boshqa dastur yozmoqda. Hech narsa oʻzgartirilmadi; birozdan soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>This shop has held cards, and the history keeps its name: it cannot be deleted. Archive it instead; it can be brought back later.</source>
        <translation>Bu magazinga simkartalar biriktirilgan boʻlgan va tarix uning nomini saqlaydi: uni oʻchirib boʻlmaydi. Uning oʻrniga arxivlang — keyinroq qaytarish mumkin.</translation>
    </message>
    <message>
        <source>The shop still holds {0} unsold and {1} sold card(s). Return or move the unsold cards; a shop with sales can only be archived.</source>
        <translation>Magazinda hali {0} ta sotilmagan va {1} ta sotilgan simkarta bor. Sotilmaganlarini omborga qaytaring yoki boshqa magazinga oʻtkazing; savdosi bor magazinni faqat arxivlash mumkin.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Xato</translation>
    </message>
</context>
</TS>

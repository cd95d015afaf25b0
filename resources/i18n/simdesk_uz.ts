<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ" sourcelanguage="en_US">
<context>
    <name>ActivationReportDialog</name>
    <message>
        <source>Activation report</source>
        <translation>Faollashtirish hisoboti</translation>
    </message>
    <message>
        <source>{0}: now sold {1}, already sold {2}, unknown codes {3}, invalid lines {4}.</source>
        <translation>{0}: hozir sotilgan — {1}, avval sotilgan — {2}, nomaʼlum kodlar — {3}, xato qatorlar — {4}.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation>Bazada yoʻq.</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Roʻyxatni saqlash…</translation>
    </message>
    <message>
        <source>Lines not applied and why:</source>
        <translation>Qabul qilinmagan qatorlar va sabablari:</translation>
    </message>
    <message>
        <source>Save the lines not applied</source>
        <translation>Qabul qilinmagan qatorlarni saqlash</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV fayl (*.csv)</translation>
    </message>
    <message>
        <source>The activation report was applied</source>
        <translation>Faollashtirish hisoboti qoʻllandi</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Saqlandi: {0}</translation>
    </message>
</context>
<context>
    <name>ActsDialog</name>
    <message>
        <source>Hand-over acts</source>
        <translation>Topshirish dalolatnomalari</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>ActsList</name>
    <message>
        <source>Act No.</source>
        <translation>Dalolatnoma №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magazin</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Yoʻnalish</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Simkartalar</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Qayta chop etish…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF saqlash…</translation>
    </message>
    <message>
        <source>to the shop</source>
        <translation>magazinga</translation>
    </message>
    <message>
        <source>back from the shop</source>
        <translation>magazindan</translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation>Dalolatnomani PDF qilib saqlash</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF fayl (*.pdf)</translation>
    </message>
    <message>
        <source>Act No. {0} saved: {1}</source>
        <translation>{0}-sonli dalolatnoma saqlandi: {1}</translation>
    </message>
    <message>
        <source>Writing the act to {0}…</source>
        <translation>Dalolatnoma {0} fayliga yozilmoqda…</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%Ln card(s) added.</source>
        <translation>
            <numerusform>%Ln ta simkarta qoʻshildi.</numerusform>
            <numerusform>%Ln ta simkarta qoʻshildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) refused, see the reasons below.</source>
        <translation>
            <numerusform>%Ln ta qator qabul qilinmadi, sabablari quyida.</numerusform>
            <numerusform>%Ln ta qator qabul qilinmadi, sabablari quyida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: {0}. {1}</source>
        <translation>Qoʻshilmadi: {0}. {1}</translation>
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
    <message>
        <source>Click to sort by this column; click again for the reverse order.</source>
        <translation>Shu ustun boʻyicha saralash uchun bosing; teskari tartib uchun yana bosing.</translation>
    </message>
    <message>
        <source>This column cannot be sorted. Sort by one of: {0}.</source>
        <translation>Bu ustun boʻyicha saralab boʻlmaydi. Quyidagilardan biri boʻyicha saralang: {0}.</translation>
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
        <source>Hand-over acts…</source>
        <translation>Topshirish dalolatnomalari…</translation>
    </message>
    <message>
        <source>The acts of the hand-overs, to print again</source>
        <translation>Topshirish dalolatnomalari — qayta chop etish uchun</translation>
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
    <name>HandoverAct</name>
    <message>
        <source>Hand-over act No. {0}</source>
        <translation>Topshirish-qabul qilish dalolatnomasi № {0}</translation>
    </message>
    <message>
        <source>SIM cards handed over to a shop</source>
        <translation>Magazinga topshirilgan simkartalar</translation>
    </message>
    <message>
        <source>The dealer hands over and the shop accepts the following SIM cards:</source>
        <translation>Diler quyidagi simkartalarni topshirdi, magazin qabul qildi:</translation>
    </message>
    <message>
        <source>Handed over (dealer)</source>
        <translation>Topshirdi (diler)</translation>
    </message>
    <message>
        <source>Received (shop)</source>
        <translation>Qabul qildi (magazin)</translation>
    </message>
    <message>
        <source>SIM cards taken back from a shop</source>
        <translation>Magazindan qaytarib olingan simkartalar</translation>
    </message>
    <message>
        <source>The shop hands back and the dealer accepts the following SIM cards:</source>
        <translation>Magazin quyidagi simkartalarni qaytarib topshirdi, diler qabul qildi:</translation>
    </message>
    <message>
        <source>Handed over (shop)</source>
        <translation>Topshirdi (magazin)</translation>
    </message>
    <message>
        <source>Received (dealer)</source>
        <translation>Qabul qildi (diler)</translation>
    </message>
    <message>
        <source>Act No.</source>
        <translation>Dalolatnoma raqami</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Diler</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magazin</translation>
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
        <source>Code (ICCID)</source>
        <translation>Kod (ICCID)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon raqami</translation>
    </message>
    <message>
        <source>Total: {0} SIM card(s)</source>
        <translation>Jami: {0} ta simkarta</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over cards to a shop</source>
        <translation>Simkartalarni magazinga topshirish</translation>
    </message>
    <message>
        <source>Take cards back from a shop</source>
        <translation>Simkartalarni magazindan qaytarib olish</translation>
    </message>
    <message>
        <source>Type to find a shop</source>
        <translation>Magazinni topish uchun yozing</translation>
    </message>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation>Simkartani skanerlang yoki kodini yozing, keyin Enter</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Birinchi kod</translation>
    </message>
    <message>
        <source>Last code</source>
        <translation>Oxirgi kod</translation>
    </message>
    <message>
        <source>Add the pack</source>
        <translation>Toʻplamni qoʻshish</translation>
    </message>
    <message>
        <source>Add the oldest in stock</source>
        <translation>Ombordagi eng eskilarini qoʻshish</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magazin</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skanerlash</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Toʻplam</translation>
    </message>
    <message>
        <source>Oldest in stock</source>
        <translation>Ombordagi eng eskilari</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Tanlanganlarni olib tashlash</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Roʻyxatni tozalash</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Topshirish</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Qaytarib olish</translation>
    </message>
    <message>
        <source>Write the hand-over and its act (Ctrl+Enter)</source>
        <translation>Topshirishni va dalolatnomani yozish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF qilib saqlash…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>There is no active shop. Add a shop on the Shops page first.</source>
        <translation>Faol magazin yoʻq. Avval «Magazinlar» sahifasida magazin qoʻshing.</translation>
    </message>
    <message>
        <source>{0} card(s) in the list</source>
        <translation>Roʻyxatda {0} ta simkarta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Choose the shop from the list.</source>
        <translation>Magazinni roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>Choose the shop from the list first.</source>
        <translation>Avval magazinni roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>The code is empty: scan or type the card's code.</source>
        <translation>Kod boʻsh: simkarta kodini skanerlang yoki yozing.</translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it has characters other than digits.</source>
        <translation>{0} simkarta kodi emas: unda raqamdan boshqa belgilar bor.</translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it has {1} digits, a SIM card code has 19 or 20.</source>
        <translation>{0} simkarta kodi emas: unda {1} ta raqam bor, simkarta kodida esa 19 yoki 20 ta boʻladi.</translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it does not start with 89.</source>
        <translation>{0} simkarta kodi emas: u 89 bilan boshlanmaydi.</translation>
    </message>
    <message>
        <source>{0}: the check digit is wrong — a misread or mistyped code? Scan it again.</source>
        <translation>{0}: nazorat raqami notoʻgʻri — kod xato oʻqilgan yoki yozilganmi? Qayta skanerlang.</translation>
    </message>
    <message>
        <source>{0} is not in the database. Add the card on the SIM cards page first.</source>
        <translation>{0} maʼlumotlar bazasida yoʻq. Avval simkartani «Simkartalar» sahifasida qoʻshing.</translation>
    </message>
    <message>
        <source>{0} is already in the list.</source>
        <translation>{0} allaqachon roʻyxatda.</translation>
    </message>
    <message>
        <source>{0} is sold; a sold card stays where it was sold.</source>
        <translation>{0} sotilgan; sotilgan simkarta sotilgan joyida qoladi.</translation>
    </message>
    <message>
        <source>{0} is in another shop, {1}. Take it back from there first.</source>
        <translation>{0} boshqa magazinda — {1}. Avval uni oʻsha yerdan qaytarib oling.</translation>
    </message>
    <message>
        <source>{0} is in another shop, {1}, not in this one.</source>
        <translation>{0} bu magazinda emas, boshqa magazinda — {1}.</translation>
    </message>
    <message>
        <source>{0} is already in this shop.</source>
        <translation>{0} allaqachon shu magazinda.</translation>
    </message>
    <message>
        <source>{0} is in stock, not in this shop.</source>
        <translation>{0} omborda, bu magazinda emas.</translation>
    </message>
    <message>
        <source>The last code of the pack is not a valid SIM card code; check it.</source>
        <translation>Toʻplamning oxirgi kodi yaroqli simkarta kodi emas; uni tekshiring.</translation>
    </message>
    <message>
        <source>The first code of the pack is not a valid SIM card code; check it.</source>
        <translation>Toʻplamning birinchi kodi yaroqli simkarta kodi emas; uni tekshiring.</translation>
    </message>
    <message>
        <source>The last code comes before the first; swap them.</source>
        <translation>Oxirgi kod birinchisidan oldin keladi; ularning oʻrnini almashtiring.</translation>
    </message>
    <message>
        <source>The first and the last code have different lengths; check them.</source>
        <translation>Birinchi va oxirgi kodlarning uzunligi har xil; ularni tekshiring.</translation>
    </message>
    <message>
        <source>The pack holds too many codes (at most 100,000 at once); split it.</source>
        <translation>Toʻplamda kodlar juda koʻp (bir martada koʻpi bilan 100 000 ta); uni boʻling.</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>{0} qoʻshildi.</translation>
    </message>
    <message>
        <source>{0} card(s) of the pack added; {1} refused (see below).</source>
        <translation>Toʻplamdan {0} ta simkarta qoʻshildi; {1} tasi rad etildi (pastda qarang).</translation>
    </message>
    <message>
        <source>{0} card(s) of the pack added.</source>
        <translation>Toʻplamdan {0} ta simkarta qoʻshildi.</translation>
    </message>
    <message>
        <source>The {0} oldest card(s) in stock added.</source>
        <translation>Ombordagi eng eski {0} ta simkarta qoʻshildi.</translation>
    </message>
    <message>
        <source>Drop the list of {0} card(s) without handing them over?</source>
        <translation>{0} ta simkartalik roʻyxat topshirilmasdan oʻchirilsinmi?</translation>
    </message>
    <message>
        <source>The list is empty: scan at least one card.</source>
        <translation>Roʻyxat boʻsh: kamida bitta simkartani skanerlang.</translation>
    </message>
    <message>
        <source>Writing the hand-over…</source>
        <translation>Topshirish yozilmoqda…</translation>
    </message>
    <message>
        <source>Act No. {0}: {1} card(s) handed over to {2}.</source>
        <translation>{0}-sonli dalolatnoma: {1} ta simkarta {2} magaziniga topshirildi.</translation>
    </message>
    <message>
        <source>Act No. {0}: {1} card(s) taken back from {2}.</source>
        <translation>{0}-sonli dalolatnoma: {1} ta simkarta {2} magazinidan qaytarib olindi.</translation>
    </message>
    <message>
        <source>Save the act as PDF or print it.</source>
        <translation>Dalolatnomani PDF qilib saqlang yoki chop eting.</translation>
    </message>
    <message>
        <source>Nothing was written: {0} card(s) of the list changed since they were scanned (listed below). Remove them and confirm again.</source>
        <translation>Hech narsa yozilmadi: roʻyxatdagi {0} ta simkarta skanerlangandan keyin oʻzgargan (pastda keltirilgan). Ularni olib tashlang va qayta tasdiqlang.</translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation>Dalolatnomani PDF qilib saqlash</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF fayl (*.pdf)</translation>
    </message>
    <message>
        <source>Act No. {0} saved: {1}</source>
        <translation>{0}-sonli dalolatnoma saqlandi: {1}</translation>
    </message>
    <message>
        <source>Writing the act to {0}…</source>
        <translation>Dalolatnoma {0} fayliga yozilmoqda…</translation>
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
        <source>Lock</source>
        <translation>Qulflash</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Foydalanuvchini almashtirish…</translation>
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
        <source>Hand over cards…</source>
        <translation>Simkartalarni topshirish…</translation>
    </message>
    <message>
        <source>Take cards back…</source>
        <translation>Simkartalarni qaytarib olish…</translation>
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
        <source>{0}: not running — port {1} is busy</source>
        <translation>{0}: ishlamayapti — {1}-port band</translation>
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
        <source>Last check cancelled: {0} of {1} cards checked</source>
        <translation>Oxirgi tekshiruv bekor qilindi: {1} tadan {0} ta simkarta tekshirildi</translation>
    </message>
    <message>
        <source>Last check stopped: the status source seems down ({0} of {1} cards checked); see the checks log</source>
        <translation>Oxirgi tekshiruv toʻxtadi: holat manbai ishlamayotganga oʻxshaydi ({1} tadan {0} ta simkarta tekshirildi); tekshiruvlar jurnaliga qarang</translation>
    </message>
    <message>
        <source>Last check failed: {0} of {1} cards checked; see the checks log</source>
        <translation>Oxirgi tekshiruv muvaffaqiyatsiz tugadi: {1} tadan {0} ta simkarta tekshirildi; tekshiruvlar jurnaliga qarang</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Hozir tekshirish</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) newly sold: {0}</source>
        <translation>
            <numerusform>%Ln ta simkarta yangi sotildi: {0}</numerusform>
            <numerusform>%Ln ta simkarta yangi sotildi: {0}</numerusform>
        </translation>
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
        <source>simdesk {0}
Shops, SIM cards and sales for a mobile-operator dealer's office.</source>
        <translation>simdesk {0}
Mobil operator dileri ofisi uchun magazinlar, simkartalar va sotuvlar.</translation>
    </message>
    <message>
        <source>Trust it</source>
        <translation>Ishonish</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Nothing to lock: nobody is signed in. Add a user on the Users page first.</source>
        <translation>Qulflanadigan narsa yoʻq: hech kim kirmagan. Avval Foydalanuvchilar sahifasida foydalanuvchi qoʻshing.</translation>
    </message>
    <message>
        <source>A web app on this computer at {0} was refused: its address is not a trusted web-app origin, so it shows "wrong password" even with the right one. Trust it if it is the office's web app.</source>
        <translation>Shu kompyuterdagi {0} manzilidagi veb-ilova rad etildi: uning manzili ishonchli veb-ilova manzillari roʻyxatida yoʻq, shuning uchun u toʻgʻri parolda ham «notoʻgʻri parol» deydi. Agar bu ofisning veb-ilovasi boʻlsa, unga ishoning.</translation>
    </message>
    <message>
        <source>{0} cannot be trusted: {1}</source>
        <translation>{0} manziliga ishonib boʻlmaydi: {1}</translation>
    </message>
    <message>
        <source>{0} is now a trusted web-app origin; reload the web app.</source>
        <translation>{0} endi ishonchli veb-ilova manzili; veb-ilovani qayta yuklang.</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Joy:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Oldinga</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Yuqori jild</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Yangi jild yaratish</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Roʻyxat</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Batafsil</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fayl &amp;nomi:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fayl &amp;turi:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Yangi jild</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Oʻzgartirilgan sana</translation>
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
        <translation>Saqlamaslik</translation>
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
    <name>Regions</name>
    <message>
        <source>Republic of Karakalpakstan</source>
        <translation>Qoraqalpogʻiston Respublikasi</translation>
    </message>
    <message>
        <source>Andijan Region</source>
        <translation>Andijon viloyati</translation>
    </message>
    <message>
        <source>Bukhara Region</source>
        <translation>Buxoro viloyati</translation>
    </message>
    <message>
        <source>Fergana Region</source>
        <translation>Fargʻona viloyati</translation>
    </message>
    <message>
        <source>Jizzakh Region</source>
        <translation>Jizzax viloyati</translation>
    </message>
    <message>
        <source>Khorezm Region</source>
        <translation>Xorazm viloyati</translation>
    </message>
    <message>
        <source>Namangan Region</source>
        <translation>Namangan viloyati</translation>
    </message>
    <message>
        <source>Navoi Region</source>
        <translation>Navoiy viloyati</translation>
    </message>
    <message>
        <source>Kashkadarya Region</source>
        <translation>Qashqadaryo viloyati</translation>
    </message>
    <message>
        <source>Samarkand Region</source>
        <translation>Samarqand viloyati</translation>
    </message>
    <message>
        <source>Syrdarya Region</source>
        <translation>Sirdaryo viloyati</translation>
    </message>
    <message>
        <source>Surkhandarya Region</source>
        <translation>Surxondaryo viloyati</translation>
    </message>
    <message>
        <source>Tashkent Region</source>
        <translation>Toshkent viloyati</translation>
    </message>
    <message>
        <source>Tashkent City</source>
        <translation>Toshkent shahri</translation>
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
    <name>ScannedModel</name>
    <message>
        <source>Code (ICCID)</source>
        <translation>Kod (ICCID)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon raqami</translation>
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
        <source>The old status service (/check-simcard-status)</source>
        <translation>Eski holat xizmati (/check-simcard-status)</translation>
    </message>
    <message>
        <source>An operator's JSON API</source>
        <translation>Operatorning JSON API si</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>An operator's activation report (a file) is not a source to ask: import it with File → Import activation report (Ctrl+I).</source>
        <translation>Operatorning faollashtirish hisoboti (fayl) soʻrov manbai emas: uni Fayl → Faollashtirish hisobotini import qilish (Ctrl+I) orqali yuklang.</translation>
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
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <source>Dealer's name on hand-over acts</source>
        <translation>Dalolatnomalardagi diler nomi</translation>
    </message>
    <message>
        <source>Empty: the act leaves a line to write it in</source>
        <translation>Boʻsh boʻlsa: dalolatnomada uni qoʻlda yozish uchun chiziq qoldiriladi</translation>
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
        <source>Unsaved settings</source>
        <translation>Saqlanmagan sozlamalar</translation>
    </message>
    <message>
        <source>The settings have unsaved changes. Save them before leaving this page?</source>
        <translation>Sozlamalarda saqlanmagan oʻzgarishlar bor. Sahifadan chiqishdan oldin saqlansinmi?</translation>
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
        <source>Not tested — correct the marked fields: {0}</source>
        <translation>Tekshirilmadi — belgilangan maydonlarni tuzating: {0}</translation>
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
        <source>Hand over cards…</source>
        <translation>Simkartalarni topshirish…</translation>
    </message>
    <message>
        <source>Scan the cards handed to this shop; an act is written</source>
        <translation>Shu magazinga topshiriladigan simkartalarni skanerlang; dalolatnoma yoziladi</translation>
    </message>
    <message>
        <source>Take cards back…</source>
        <translation>Simkartalarni qaytarib olish…</translation>
    </message>
    <message>
        <source>Hand-over acts</source>
        <translation>Topshirish dalolatnomalari</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Magazinlar</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Barcha viloyatlar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shop(s)</source>
        <translation>
            <numerusform>%Ln ta magazin</numerusform>
            <numerusform>%Ln ta magazin</numerusform>
        </translation>
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
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password. Check the keyboard layout and Caps Lock, then type the password again.</source>
        <translation>Login yoki parol notoʻgʻri. Klaviatura tilini va Caps Lockni tekshirib, parolni qayta kiriting.</translation>
    </message>
    <message>
        <source>Too many wrong passwords in a row for {0}: the next try is possible in {1} s. An administrator can clear this with Unlock on the Users page.</source>
        <translation>{0} uchun ketma-ket juda koʻp notoʻgʻri parol kiritildi: keyingi urinish {1} soniyadan keyin mumkin. Administrator buni Foydalanuvchilar sahifasidagi «Qulfdan chiqarish» bilan tozalashi mumkin.</translation>
    </message>
    <message>
        <source>The account {0} is disabled; ask an administrator to enable it.</source>
        <translation>{0} hisobi oʻchirilgan; uni yoqishni administratordan soʻrang.</translation>
    </message>
    <message>
        <source>The window is locked by {0}: sign in as {0}, or press Switch user.</source>
        <translation>Oyna {0} tomonidan qulflangan: {0} sifatida kiring yoki «Foydalanuvchini almashtirish» tugmasini bosing.</translation>
    </message>
    <message>
        <source>Choose another new password: at least {0} characters, not the user name, not one character repeated.</source>
        <translation>Boshqa yangi parol tanlang: kamida {0} belgi, logindan farqli, bitta belgining takrori emas.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Shu kompyuterda kirgan holda qolish</translation>
    </message>
    <message>
        <source>The next start of simdesk by this user of the computer does not ask again, until Lock or Switch user.</source>
        <translation>Kompyuterning shu foydalanuvchisi simdeskni keyingi safar ochganda parol soʻralmaydi — «Qulflash» yoki «Foydalanuvchini almashtirish»gacha.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirish</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Foydalanuvchini almashtirish</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Yangi parol</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Yangi parolni takrorlang</translation>
    </message>
    <message>
        <source>simdesk is locked by {0}. Type the password to go on.</source>
        <translation>simdesk {0} tomonidan qulflangan. Davom etish uchun parolni kiriting.</translation>
    </message>
    <message>
        <source>Sign in to simdesk</source>
        <translation>simdeskka kirish</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Loginingizni kiriting.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Parolingizni kiriting.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Ikki yangi parol bir xil emas; bitta parolni ikki marta kiriting.</translation>
    </message>
    <message>
        <source>An administrator set this password: choose a new one of your own to go on.</source>
        <translation>Bu parolni administrator oʻrnatgan: davom etish uchun oʻzingizning yangi parolingizni tanlang.</translation>
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
    <message numerus="yes">
        <source>%Ln card(s) exported to {0}.</source>
        <translation>
            <numerusform>%Ln ta simkarta {0} ga eksport qilindi.</numerusform>
            <numerusform>%Ln ta simkarta {0} ga eksport qilindi.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln ta simkarta</numerusform>
            <numerusform>%Ln ta simkarta</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} selected</source>
        <translation>{0} ta tanlangan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) copied.</source>
        <translation>
            <numerusform>%Ln ta kod nusxalandi.</numerusform>
            <numerusform>%Ln ta kod nusxalandi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) returned to stock.</source>
        <translation>
            <numerusform>%Ln ta simkarta omborga qaytarildi.</numerusform>
            <numerusform>%Ln ta simkarta omborga qaytarildi.</numerusform>
        </translation>
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
        <translation>Tanlangan {1} ta simkartadan {0} tasi sotilgan: {2}. Sotilgan simkartalar savdo tarixidir, ularni oʻchirib boʻlmaydi. Hech narsa oʻchirilmadi: sotilganlarni tanlovdan chiqaring (masalan, «Mavjud» yoki «Biriktirilgan» holati boʻyicha filtrlang) va qaytadan oʻchiring.</translation>
    </message>
    <message>
        <source>Deleting cards…</source>
        <translation>Simkartalar oʻchirilmoqda…</translation>
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
    <message numerus="yes">
        <source>Checking %Ln card(s) in the background…</source>
        <translation>
            <numerusform>%Ln ta simkarta fonda tekshirilmoqda…</numerusform>
            <numerusform>%Ln ta simkarta fonda tekshirilmoqda…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: {0} of {1} card(s) checked.</source>
        <translation>Tekshiruv toʻxtadi: {1} tadan {0} tasi tekshirildi.</translation>
    </message>
    <message>
        <source>{0} card(s) checked: {1} changed, {2} newly sold, {3} error(s).</source>
        <translation>{0} ta simkarta tekshirildi: {1} tasi oʻzgardi, {2} tasi yangi sotilgan, {3} ta xato.</translation>
    </message>
    <message>
        <source>Reading the selected cards…</source>
        <translation>Tanlangan simkartalar oʻqilmoqda…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) deleted.</source>
        <translation>
            <numerusform>%Ln ta simkarta oʻchirildi.</numerusform>
            <numerusform>%Ln ta simkarta oʻchirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln card(s)…</source>
        <translation>
            <numerusform>%Ln ta simkarta tekshirilmoqda…</numerusform>
            <numerusform>%Ln ta simkarta tekshirilmoqda…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>Tekshiruvni boshlab boʻlmadi.</translation>
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
        <source>Error</source>
        <translation>Xato</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>kuzatuvchi</translation>
    </message>
    <message>
        <source>You are signed in as a {0}: this needs an {1}. Ask an administrator, or use Switch user (File menu) to sign in as one.</source>
        <translation>Siz {0} sifatida kirgansiz: bu amal uchun {1} kerak. Administratorga murojaat qiling yoki «Fayl» menyusidagi «Foydalanuvchini almashtirish» orqali shunday foydalanuvchi sifatida kiring.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>The code is empty.</source>
        <translation>Kod boʻsh.</translation>
    </message>
    <message>
        <source>The code contains characters other than digits ({chars}); an ICCID has digits only.</source>
        <translation>Kodda raqamdan boshqa belgilar bor ({chars}); ICCID faqat raqamlardan iborat.</translation>
    </message>
    <message>
        <source>This cell is a number in Excel and its last digits are lost; format the column as text and type or paste the codes again.</source>
        <translation>Bu katak Excelda son sifatida saqlangan, oxirgi raqamlari yoʻqolgan; ustunni matn formatiga oʻtkazing va kodlarni qaytadan yozing yoki qoʻying.</translation>
    </message>
    <message>
        <source>The code has {digits} digits; an ICCID has 19 or 20.</source>
        <translation>Kodda {digits} ta raqam bor; ICCID da 19 yoki 20 ta boʻladi.</translation>
    </message>
    <message>
        <source>The code does not start with 89, as every ICCID does.</source>
        <translation>Kod 89 bilan boshlanmaydi, har bir ICCID esa shunday boshlanadi.</translation>
    </message>
    <message>
        <source>The check digit is wrong: the last digit should be {expected}, not {actual}. A typo? For packs printed without a check digit an administrator can turn off the check-digit setting (codes.verify_luhn).</source>
        <translation>Nazorat raqami notoʻgʻri: oxirgi raqam {actual} emas, {expected} boʻlishi kerak. Xato yozilganmi? Nazorat raqamisiz bosilgan pachkalar uchun administrator uning tekshiruvini oʻchirishi mumkin (codes.verify_luhn sozlamasi).</translation>
    </message>
    <message>
        <source>The line is not text.</source>
        <translation>Qator matn emas.</translation>
    </message>
    <message>
        <source>The code appears twice in the input (first on line {first}).</source>
        <translation>Kod ikki marta uchraydi (birinchi marta {first}-qatorda).</translation>
    </message>
    <message>
        <source>This code is already stored.</source>
        <translation>Bu kod allaqachon saqlangan.</translation>
    </message>
    <message>
        <source>No such card.</source>
        <translation>Bunday simkarta yoʻq.</translation>
    </message>
    <message>
        <source>The card is not stored.</source>
        <translation>Bu simkarta bazada yoʻq.</translation>
    </message>
    <message>
        <source>Not a valid code: {problem}</source>
        <translation>Kod notoʻgʻri: {problem}</translation>
    </message>
    <message>
        <source>Some codes are not valid.</source>
        <translation>Baʼzi kodlar notoʻgʻri.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed.</source>
        <translation>Matn uzunligi {length} ta belgi; koʻpi bilan {limit} ta belgiga ruxsat bor.</translation>
    </message>
    <message>
        <source>The shop's name is required.</source>
        <translation>Magazin nomini kiritish shart.</translation>
    </message>
    <message>
        <source>Must be a number such as 41.3111.</source>
        <translation>Son boʻlishi kerak, masalan 41.3111.</translation>
    </message>
    <message>
        <source>The start of the period must be earlier than its end; widen the period or swap the two dates.</source>
        <translation>Davr boshi uning oxiridan oldin boʻlishi kerak; davrni kengaytiring yoki ikki sanani almashtiring.</translation>
    </message>
    <message>
        <source>The code appears twice in the report (first on line {first}).</source>
        <translation>Kod hisobotda ikki marta uchraydi (birinchi marta {first}-qatorda).</translation>
    </message>
    <message>
        <source>The activation date {value} cannot be read; write it like 2024-05-31 or 31.05.2024.</source>
        <translation>Faollashtirish sanasi {value} oʻqilmadi; uni 2024-05-31 yoki 31.05.2024 koʻrinishida yozing.</translation>
    </message>
    <message>
        <source>The card is sold; a sold card cannot be given to another shop.</source>
        <translation>Simkarta sotilgan; sotilgan simkartani boshqa magazinga berib boʻlmaydi.</translation>
    </message>
    <message>
        <source>The card is sold; a sold card stays with its shop.</source>
        <translation>Simkarta sotilgan; sotilgan simkarta oʻz magazinida qoladi.</translation>
    </message>
    <message>
        <source>The card is already in this shop.</source>
        <translation>Simkarta allaqachon shu magazinga biriktirilgan.</translation>
    </message>
    <message>
        <source>The card is already in stock.</source>
        <translation>Simkarta allaqachon omborda mavjud.</translation>
    </message>
    <message>
        <source>The card is already sold.</source>
        <translation>Simkarta allaqachon sotilgan.</translation>
    </message>
    <message>
        <source>The phone number is not an Uzbek number; write it like +998 90 123 45 67.</source>
        <translation>Telefon raqami Oʻzbekiston raqami emas; uni +998 90 123 45 67 kabi yozing.</translation>
    </message>
    <message>
        <source>The phone number is not a mobile number (a SIM card's number starts with an operator's code).</source>
        <translation>Telefon raqami mobil raqam emas (simkarta raqami operator kodi bilan boshlanadi).</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>{low} dan {high} gacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be an http:// or https:// address, or empty.</source>
        <translation>http:// yoki https:// manzil boʻlishi yoki boʻsh qolishi kerak.</translation>
    </message>
    <message>
        <source>The address has a port that is not a number from 0 to 65535.</source>
        <translation>Manzildagi port 0 dan 65535 gacha boʻlgan son emas.</translation>
    </message>
    <message>
        <source>Must be an address of this computer such as 127.0.0.1, or 0.0.0.0 for all.</source>
        <translation>Shu kompyuterning manzili (masalan, 127.0.0.1) yoki hamma uchun 0.0.0.0 boʻlishi kerak.</translation>
    </message>
    <message>
        <source>{item} is not an origin such as http://localhost:8080.</source>
        <translation>{item} http://localhost:8080 kabi manba emas.</translation>
    </message>
    <message>
        <source>May hold only the placeholders {{code}}, {{iccid}} and {{msisdn}}.</source>
        <translation>Faqat {{code}}, {{iccid}} va {{msisdn}} oʻrinbosarlari boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Must be an http:// or https:// address with {{code}}, {{iccid}} or {{msisdn}} where the card goes, or empty.</source>
        <translation>Simkarta oʻrnida {{code}}, {{iccid}} yoki {{msisdn}} boʻlgan http:// yoki https:// manzil boʻlishi yoki boʻsh qolishi kerak.</translation>
    </message>
    <message>
        <source>{name} is not a valid header name.</source>
        <translation>{name} — sarlavha uchun yaroqsiz nom.</translation>
    </message>
    <message>
        <source>The value of the header {name} must be on one line.</source>
        <translation>{name} sarlavhasining qiymati bir qatorda boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The header {name} must be written in plain ASCII letters and digits.</source>
        <translation>{name} sarlavhasi oddiy ASCII lotin harflari va raqamlarida yozilishi kerak.</translation>
    </message>
    <message>
        <source>Must be dotted names such as data.status (list items as items.0.status).</source>
        <translation>Nuqta bilan ajratilgan nomlar boʻlishi kerak, masalan data.status (roʻyxat elementlari items.0.status kabi).</translation>
    </message>
    <message>
        <source>Must be a port number from 0 to 65535.</source>
        <translation>0 dan 65535 gacha boʻlgan port raqami boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>«Ha» yoki «yoʻq» boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Butun son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be a list of texts (separated by commas).</source>
        <translation>Vergul bilan ajratilgan qiymatlar roʻyxati boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be a JSON object of texts, such as {{"X-Api-Key": "..."}}.</source>
        <translation>Matnlardan iborat JSON obyekt boʻlishi kerak, masalan {{"X-Api-Key": "..."}}.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Matn boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <translation>Quyidagilardan biri boʻlishi kerak: {choices}.</translation>
    </message>
    <message>
        <source>The username must be {min}–{max} characters of Latin letters, digits and . _ - @.</source>
        <translation>Login {min}–{max} ta belgidan iborat boʻlishi kerak: lotin harflari, raqamlar va . _ - @.</translation>
    </message>
    <message>
        <source>The role must be one of: {choices}.</source>
        <translation>Rol quyidagilardan biri boʻlishi kerak: {choices}.</translation>
    </message>
    <message>
        <source>The password must be at least {min} characters long.</source>
        <translation>Parol kamida {min} ta belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The password must be at most {max} characters long.</source>
        <translation>Parol koʻpi bilan {max} ta belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The password must not be the same as the username.</source>
        <translation>Parol login bilan bir xil boʻlmasligi kerak.</translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation>Parol bitta takrorlangan belgidan iborat boʻlmasligi kerak.</translation>
    </message>
    <message>
        <source>This is not the current password; type your current password again.</source>
        <translation>Bu joriy parol emas; joriy parolingizni qaytadan kiriting.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Yangi parol joriy paroldan farq qilishi kerak.</translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation>Soʻrovni bajarib boʻlmaydi.</translation>
    </message>
    <message>
        <source>{fields}</source>
        <translation>{fields}</translation>
    </message>
    <message>
        <source>It was not found; it may have been deleted. Refresh the list.</source>
        <translation>Topilmadi; ehtimol, oʻchirilgan. Roʻyxatni yangilang.</translation>
    </message>
    <message>
        <source>This cannot be done in the current state; refresh and try again.</source>
        <translation>Hozirgi holatda buni bajarib boʻlmaydi; maʼlumotlarni yangilab, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Avval tizimga kiring.</translation>
    </message>
    <message>
        <source>Your role does not allow this; ask an administrator.</source>
        <translation>Rolingiz bunga ruxsat bermaydi; administratorga murojaat qiling.</translation>
    </message>
    <message>
        <source>simdesk cannot continue with this configuration. Details are in the log file.</source>
        <translation>simdesk bu sozlamalar bilan ishlashda davom eta olmaydi. Tafsilotlar jurnal faylida.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Maʼlumotlar bazasi band: unga boshqa dastur yozmoqda. Hech narsa oʻzgartirilmadi; birozdan soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on {path} and try again.</source>
        <translation>Disk toʻla: {path} joylashgan diskda joy boʻshating va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only folder, file or disk): nothing can be saved. Make them writable for this user and start simdesk again.</source>
        <translation>Maʼlumotlar bazasiga yozib boʻlmaydi (papka, fayl yoki disk faqat oʻqish uchun): hech narsa saqlanmaydi. Ularni shu foydalanuvchi yoza oladigan qiling va simdeskni qayta ishga tushiring.</translation>
    </message>
    <message>
        <source>Code {raw}: {problem}</source>
        <translation>Kod {raw}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was changed: some codes are not valid.
{problems}</source>
        <translation>Hech narsa oʻzgartirilmadi: baʼzi kodlar notoʻgʻri.
{problems}</translation>
    </message>
    <message>
        <source>The SIM card does not exist; it may have been deleted. Refresh the list.</source>
        <translation>Bunday simkarta yoʻq; ehtimol, oʻchirilgan. Roʻyxatni yangilang.</translation>
    </message>
    <message>
        <source>Nothing was changed: cards not found: {count}.
{problems}</source>
        <translation>Hech narsa oʻzgartirilmadi: topilmagan simkartalar: {count}.
{problems}</translation>
    </message>
    <message>
        <source>Nothing was changed: the cards cannot be changed this way.</source>
        <translation>Hech narsa oʻzgartirilmadi: bu simkartalarni bunday oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Nothing was changed: cards that cannot be changed this way: {count}.
{problems}</source>
        <translation>Hech narsa oʻzgartirilmadi: bunday oʻzgartirib boʻlmaydigan simkartalar: {count}.
{problems}</translation>
    </message>
    <message>
        <source>Phone {raw}: {problem}</source>
        <translation>Telefon {raw}: {problem}</translation>
    </message>
    <message>
        <source>Code {code} is already stored; each card is stored once.</source>
        <translation>{code} kodi bazada allaqachon bor; har bir simkarta bir marta saqlanadi.</translation>
    </message>
    <message>
        <source>Card {code} is sold: a sold card cannot be changed or deleted.</source>
        <translation>{code} simkartasi sotilgan: sotilgan simkartani oʻzgartirib ham, oʻchirib ham boʻlmaydi.</translation>
    </message>
    <message>
        <source>The list is empty; scan at least one card.</source>
        <translation>Roʻyxat boʻsh; kamida bitta simkartani skanerlang.</translation>
    </message>
    <message>
        <source>Nothing was handed over: {count} card(s) cannot go ({codes}). Remove them from the list and confirm again.</source>
        <translation>Hech narsa topshirilmadi: {count} ta simkartani berib boʻlmaydi ({codes}). Ularni roʻyxatdan olib tashlang va qayta tasdiqlang.</translation>
    </message>
    <message>
        <source>Hand-over act {act} does not exist.</source>
        <translation>{act}-sonli topshirish-qabul qilish dalolatnomasi yoʻq.</translation>
    </message>
    <message>
        <source>A hand-over goes to a shop or back from it; nothing else.</source>
        <translation>Topshirish faqat magazinga yoki magazindan qaytarib olish boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Not enough cards in stock: {available} available, {requested} asked for. Add cards or ask for fewer.</source>
        <translation>Omborda simkarta yetarli emas: mavjud — {available}, soʻralgan — {requested}. Simkarta qoʻshing yoki kamroq soʻrang.</translation>
    </message>
    <message>
        <source>Choose the cards one way: by ids, by codes or by a range.</source>
        <translation>Simkartalarni bitta usulda tanlang: raqamlari, kodlari yoki oraligʻi boʻyicha.</translation>
    </message>
    <message>
        <source>No cards were given; choose at least one card.</source>
        <translation>Simkartalar koʻrsatilmagan; kamida bittasini tanlang.</translation>
    </message>
    <message>
        <source>Give either a count or a last code for the range.</source>
        <translation>Oraliq uchun yo sonini, yo oxirgi kodni kiriting.</translation>
    </message>
    <message>
        <source>The count must be at least 1 (got {count}).</source>
        <translation>Soni kamida 1 boʻlishi kerak (kiritilgani: {count}).</translation>
    </message>
    <message>
        <source>The last code {last} has {digits} digits but the first has {width}; both ends of a range have the same length.</source>
        <translation>Oxirgi kod {last} da {digits} ta raqam bor, birinchisida esa {width} ta; oraliqning ikkala uchi bir xil uzunlikda boʻladi.</translation>
    </message>
    <message>
        <source>Counting {count} codes up from {first} runs past the last {width}-digit ICCID; ask for fewer.</source>
        <translation>{first} dan boshlab {count} ta kod {width} xonali oxirgi ICCID dan oshib ketadi; kamroq soʻrang.</translation>
    </message>
    <message>
        <source>The last code {last} comes before the first code {first}; swap them.</source>
        <translation>Oxirgi kod {last} birinchi kod {first} dan oldin keladi; ularning oʻrnini almashtiring.</translation>
    </message>
    <message>
        <source>The range holds {count} codes; at most {max} are taken at once. Split it into smaller packs.</source>
        <translation>Oraliqda {count} ta kod bor; bir martada koʻpi bilan {max} tasi olinadi. Uni kichikroq pachkalarga boʻling.</translation>
    </message>
    <message>
        <source>The shop does not exist; it may have been deleted. Refresh the list.</source>
        <translation>Bunday magazin yoʻq; ehtimol, oʻchirilgan. Roʻyxatni yangilang.</translation>
    </message>
    <message>
        <source>More than one shop has this name; choose the shop from the list.</source>
        <translation>Bu nomdagi magazin bir nechta; magazinni roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>A shop named {name} already exists; give this one another name (for example add the street or district).</source>
        <translation>«{name}» nomli magazin allaqachon bor; bunisiga boshqa nom bering (masalan, koʻcha yoki tumanni qoʻshing).</translation>
    </message>
    <message>
        <source>The shop {name} is archived; unarchive it or choose another shop.</source>
        <translation>«{name}» magazini arxivda; uni arxivdan chiqaring yoki boshqa magazinni tanlang.</translation>
    </message>
    <message>
        <source>The shop still holds cards: {assigned} unsold, {sold} sold. Return or move the unsold cards; a shop with sales can only be archived.</source>
        <translation>Magazinda hali simkartalar bor: sotilmagan — {assigned}, sotilgan — {sold}. Sotilmaganlarini qaytaring yoki boshqa magazinga oʻtkazing; savdosi bor magazinni faqat arxivlash mumkin.</translation>
    </message>
    <message>
        <source>The shop still holds unsold cards: {assigned}. Return them to stock or move them to another shop, then archive it.</source>
        <translation>Magazinda hali sotilmagan simkartalar bor: {assigned}. Ularni omborga qaytaring yoki boshqa magazinga oʻtkazing, soʻng arxivlang.</translation>
    </message>
    <message>
        <source>This shop has held cards, and the history keeps its name: it cannot be deleted. Archive it instead; it can be brought back later.</source>
        <translation>Bu magazinga simkartalar biriktirilgan boʻlgan va tarix uning nomini saqlaydi: uni oʻchirib boʻlmaydi. Uning oʻrniga arxivlang — keyinroq qaytarish mumkin.</translation>
    </message>
    <message>
        <source>{problem} Choose another name.</source>
        <translation>{problem} Boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} Choose a longer, less predictable one.</source>
        <translation>{problem} Uzunroq va taxmin qilish qiyinroq parol tanlang.</translation>
    </message>
    <message>
        <source>The user {name} already exists; choose another name.</source>
        <translation>{name} foydalanuvchisi allaqachon bor; boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>The user was not found; it may have been deleted. Refresh the list of users.</source>
        <translation>Foydalanuvchi topilmadi; ehtimol, oʻchirilgan. Foydalanuvchilar roʻyxatini yangilang.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator; make another user an active administrator first.</source>
        <translation>{name} — oxirgi faol administrator; avval boshqa foydalanuvchini faol administrator qiling.</translation>
    </message>
    <message>
        <source>The password was changed by someone else meanwhile; log in again and retry.</source>
        <translation>Bu orada parolni boshqa kishi oʻzgartirdi; qaytadan kiring va yana urinib koʻring.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Login yoki parol notoʻgʻri.</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator to enable it.</source>
        <translation>Bu hisob oʻchirilgan; uni yoqishni administratordan soʻrang.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {retry_after} s and try again.</source>
        <translation>Notoʻgʻri parol juda koʻp kiritildi: {retry_after} soniya kuting va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The login is not valid; log in again.</source>
        <translation>Kirish yaroqsiz; qaytadan kiring.</translation>
    </message>
    <message>
        <source>The login was ended (logged out); log in again.</source>
        <translation>Seans tugatildi (tizimdan chiqildi); qaytadan kiring.</translation>
    </message>
    <message>
        <source>The login has expired; log in again.</source>
        <translation>Kirish muddati tugadi; qaytadan kiring.</translation>
    </message>
    <message>
        <source>Settings not saved: {fields}</source>
        <translation>Sozlamalar saqlanmadi: {fields}</translation>
    </message>
    <message>
        <source>This setting is unknown to this version of simdesk.</source>
        <translation>Bu sozlama simdeskning ushbu versiyasiga nomaʼlum.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that it exists, is a file and not a folder, is not open in another program, and is a CSV, Excel (.xlsx) or text file.</source>
        <translation>{path} faylini oʻqib boʻlmadi. U mavjudligini, jild emas, fayl ekanini, boshqa dasturda ochiq emasligini va CSV, Excel (.xlsx) yoki matn fayli ekanini tekshiring.</translation>
    </message>
    <message>
        <source>The file holds no SIM card codes; choose another file.</source>
        <translation>Faylda simkarta kodlari yoʻq; boshqa fayl tanlang.</translation>
    </message>
    <message>
        <source>No column of SIM card codes found in {path}; put the codes in the first column or name the column “code” or “iccid”.</source>
        <translation>{path} da simkarta kodlari ustuni topilmadi; kodlarni birinchi ustunga qoʻying yoki ustunni «code» yoki «iccid» deb nomlang.</translation>
    </message>
    <message>
        <source>The file has more than {maxRows} rows; split it into files of at most {maxRows} rows.</source>
        <translation>Faylda {maxRows} tadan koʻp qator bor; uni koʻpi bilan {maxRows} qatorli fayllarga boʻling.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>This is simdesk's live database; choose another file name.</source>
        <translation>Bu simdeskning ishlayotgan bazasi; boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>This is a working file of simdesk's live database {database}; choose another file name.</source>
        <translation>Bu simdesk ishlayotgan bazasi {database} ning xizmat fayli; boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>This is the file being read; choose another file name for what is written.</source>
        <translation>Bu hozir oʻqilayotgan fayl; yoziladigan narsa uchun boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>This is inside simdesk's backups folder {folder}, which keeps only backups; choose another folder.</source>
        <translation>Bu simdeskning zaxira nusxalar jildi {folder} ichida, u faqat zaxira nusxalarni saqlaydi; boshqa jild tanlang.</translation>
    </message>
    <message>
        <source>This is a backup in simdesk's backups folder; choose a new file name so that it is kept.</source>
        <translation>Bu simdesk zaxira nusxalar jildidagi zaxira nusxa; u saqlanib qolishi uchun yangi fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>This is the copy of the old server's database taken before its conversion, which simdesk never writes over; choose another file name.</source>
        <translation>Bu eski server bazasining oʻzgartirishdan oldin olingan nusxasi, simdesk uning ustiga hech qachon yozmaydi; boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>This is an existing SQLite database (another data folder's, a backup or another program's), which simdesk never writes over; choose another file name.</source>
        <translation>Bu mavjud SQLite bazasi (boshqa maʼlumotlar jildiniki, zaxira nusxa yoki boshqa dasturniki), simdesk uning ustiga hech qachon yozmaydi; boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>This is a working file of the SQLite database {database}; choose another file name.</source>
        <translation>Bu {database} SQLite bazasining xizmat fayli; boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>{path} does not exist or is a folder; choose a file name in an existing folder for the export.</source>
        <translation>{path} mavjud emas yoki bu jild; eksport uchun mavjud jilddagi fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>Cannot write {path}: close the file if it is open in Excel, or choose another folder or name.</source>
        <translation>{path} ga yozib boʻlmadi: fayl Excelda ochiq boʻlsa, uni yoping yoki boshqa jild yoki nom tanlang.</translation>
    </message>
    <message>
        <source>The table has more rows than an Excel sheet holds; export it as CSV instead.</source>
        <translation>Jadvalda Excel varagʻiga sigʻadigandan koʻproq qator bor; uni CSV ga eksport qiling.</translation>
    </message>
    <message>
        <source>This table cannot be exported.</source>
        <translation>Bu jadvalni eksport qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Choose CSV or Excel (.xlsx) for the export.</source>
        <translation>Eksport uchun CSV yoki Excel (.xlsx) ni tanlang.</translation>
    </message>
    <message>
        <source>The backup could not be made; finish the current operation and try again.</source>
        <translation>Zaxira nusxa olinmadi; joriy amalni yakunlab, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>Backup and restore work only with the SQLite database; for PostgreSQL use the server's own tools.</source>
        <translation>Zaxira nusxa va tiklash faqat SQLite bazasi bilan ishlaydi; PostgreSQL uchun serverning oʻz vositalaridan foydalaning.</translation>
    </message>
    <message>
        <source>{path} is not a simdesk backup: {problem} Choose a file written by “Back up”.</source>
        <translation>{path} simdesk zaxira nusxasi emas: {problem} «Zaxira nusxa» orqali yozilgan faylni tanlang.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Fayl mavjud emas.</translation>
    </message>
    <message>
        <source>It is not a file.</source>
        <translation>Bu fayl emas.</translation>
    </message>
    <message>
        <source>It cannot be read ({detail}).</source>
        <translation>Uni oʻqib boʻlmadi ({detail}).</translation>
    </message>
    <message>
        <source>It is not an SQLite database file.</source>
        <translation>Bu SQLite maʼlumotlar bazasi fayli emas.</translation>
    </message>
    <message>
        <source>It is damaged ({detail}).</source>
        <translation>U shikastlangan ({detail}).</translation>
    </message>
    <message>
        <source>It is not a simdesk database (it has no {detail} table).</source>
        <translation>Bu simdesk bazasi emas (unda {detail} jadvali yoʻq).</translation>
    </message>
    <message>
        <source>It was written by a newer simdesk (schema version {version}; this program knows up to {latest}); install the newer simdesk.</source>
        <translation>U simdeskning yangiroq versiyasida yozilgan (sxema versiyasi {version}; bu dastur {latest} gacha biladi); yangi simdeskni oʻrnating.</translation>
    </message>
    <message>
        <source>It lacks what a simdesk database has ({detail}): an incomplete or hand-made copy.</source>
        <translation>Unda simdesk bazasida boʻladigan narsalar yoʻq ({detail}): bu toʻliq boʻlmagan yoki qoʻlda yasalgan nusxa.</translation>
    </message>
    <message>
        <source>The list of rejected lines could not be written to {path}; choose another folder or name.</source>
        <translation>Qabul qilinmagan qatorlar roʻyxatini {path} ga yozib boʻlmadi; boshqa jild yoki nom tanlang.</translation>
    </message>
    <message>
        <source>The restore failed; the database was left as it was. Close other simdesk windows and servers and try again.</source>
        <translation>Tiklash muvaffaqiyatsiz tugadi; baza avvalgidek qoldi. Boshqa simdesk oynalari va serverlarini yopib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The data folder cannot be created; choose another one.</source>
        <translation>Maʼlumotlar jildini yaratib boʻlmadi; boshqasini tanlang.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Maʼlumotlar bazasi ochiq emas.</translation>
    </message>
    <message>
        <source>The database needs a driver that is not installed.</source>
        <translation>Maʼlumotlar bazasi uchun oʻrnatilmagan drayver kerak.</translation>
    </message>
    <message>
        <source>The database cannot be opened; check the data folder's permissions or the database address.</source>
        <translation>Maʼlumotlar bazasini ochib boʻlmadi; maʼlumotlar jildiga ruxsatlarni yoki baza manzilini tekshiring.</translation>
    </message>
    <message>
        <source>The database file is damaged or not a SQLite database; restore a backup.</source>
        <translation>Baza fayli shikastlangan yoki SQLite bazasi emas; zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>The database address cannot be used.</source>
        <translation>Bu baza manzilidan foydalanib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This database was written by a newer simdesk; install the newer version.</source>
        <translation>Bu baza simdeskning yangiroq versiyasida yozilgan; yangi versiyani oʻrnating.</translation>
    </message>
    <message>
        <source>Only a SQLite database can be a seed database.</source>
        <translation>Boshlangʻich baza faqat SQLite bazasi boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Converting the seed database lost rows, so nothing was changed.</source>
        <translation>Boshlangʻich bazani oʻzgartirishda qatorlar yoʻqoldi, shuning uchun hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>No status source is configured. Set its address in Settings → Status source.</source>
        <translation>Holat manbai sozlanmagan. Uning manzilini Sozlamalar → Holat manbai boʻlimida kiriting.</translation>
    </message>
    <message>
        <source>The status source does not answer; check its address in Settings.</source>
        <translation>Holat manbai javob bermayapti; uning manzilini Sozlamalarda tekshiring.</translation>
    </message>
    <message>
        <source>This check run is not known.</source>
        <translation>Bunday tekshiruv yoʻq.</translation>
    </message>
    <message>
        <source>An auto-check is already running in another simdesk on this database ({owner}); none was started here. Its results appear here when it ends.</source>
        <translation>Bu bazada boshqa simdeskda avtomatik tekshirish allaqachon ketmoqda ({owner}); bu yerda yangisi boshlanmadi. U tugagach, natijalari shu yerda koʻrinadi.</translation>
    </message>
    <message>
        <source>This turn of the schedule was already taken by another simdesk.</source>
        <translation>Jadvaldagi bu navbatni boshqa simdesk allaqachon bajardi.</translation>
    </message>
    <message>
        <source>Status checks are shut down (the program is closing).</source>
        <translation>Holat tekshiruvlari toʻxtatildi (dastur yopilmoqda).</translation>
    </message>
    <message>
        <source>The program is closing; nothing new can start.</source>
        <translation>Dastur yopilmoqda; yangi hech narsa boshlanmaydi.</translation>
    </message>
    <message>
        <source>Port {port} is already in use by another program. Choose another port in Settings.</source>
        <translation>{port}-port boshqa dastur tomonidan band. Sozlamalarda boshqa port tanlang.</translation>
    </message>
    <message>
        <source>The servers' address {host} is not an address of this computer; use 127.0.0.1, or 0.0.0.0 for every network, in Settings.</source>
        <translation>Serverlar manzili {host} bu kompyuterning manzili emas; Sozlamalarda 127.0.0.1 yoki barcha tarmoqlar uchun 0.0.0.0 ni kiriting.</translation>
    </message>
    <message>
        <source>The server cannot listen on {host}:{port}; choose another address or port in Settings.</source>
        <translation>Server {host}:{port} da soʻrov qabul qila olmaydi; Sozlamalarda boshqa manzil yoki port tanlang.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… va yana {0} ta</translation>
    </message>
</context>
<context>
    <name>source_errors</name>
    <message>
        <source>connection refused: nothing is listening at the status source's address</source>
        <translation>ulanish rad etildi: holat manbai manzilida hech narsa javob bermayapti</translation>
    </message>
    <message>
        <source>could not connect in time (connection timed out)</source>
        <translation>oʻz vaqtida ulanib boʻlmadi (ulanish vaqti tugadi)</translation>
    </message>
    <message>
        <source>the status source closed the connection without an answer</source>
        <translation>holat manbai javob bermay ulanishni uzdi</translation>
    </message>
    <message>
        <source>the status source's host name cannot be resolved</source>
        <translation>holat manbaining xost nomini aniqlab boʻlmadi</translation>
    </message>
    <message>
        <source>connection failed: the status source cannot be reached</source>
        <translation>ulanib boʻlmadi: holat manbaiga yetib boʻlmayapti</translation>
    </message>
    <message>
        <source>no answer within the deadline of {0} s; the status source is slow or not answering (raise the deadline in Settings if it is only slow)</source>
        <translation>{0} soniya ichida javob kelmadi; holat manbai sekin yoki javob bermayapti (agar faqat sekin boʻlsa, Sozlamalarda kutish vaqtini oshiring)</translation>
    </message>
    <message>
        <source>the status source answered HTTP {0}</source>
        <translation>holat manbai HTTP {0} bilan javob berdi</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>javob toʻgʻri JSON emas</translation>
    </message>
    <message>
        <source>the answer has no status at '{0}'; set the path of the status in Settings</source>
        <translation>javobda '{0}' yoʻlida holat yoʻq; Sozlamalarda holat yoʻlini koʻrsating</translation>
    </message>
    <message>
        <source>card {0} has no phone number, which the status source's address needs; add the phone to the card</source>
        <translation>{0} simkartasida telefon raqami yoʻq, holat manbai manzili esa uni talab qiladi; simkartaga telefon qoʻshing</translation>
    </message>
    <message>
        <source>after {0} attempts</source>
        <translation>{0} ta urinishdan soʻng</translation>
    </message>
    <message>
        <source>cut off:</source>
        <translation>toʻxtatildi:</translation>
    </message>
    <message>
        <source>no such card</source>
        <translation>bunday simkarta yoʻq</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>ActivationReportDialog</name>
    <message>
        <source>Activation report</source>
        <translation>Отчёт об активациях</translation>
    </message>
    <message>
        <source>{0}: now sold {1}, already sold {2}, unknown codes {3}, invalid lines {4}.</source>
        <translation>{0}: продано сейчас — {1}, уже проданы — {2}, неизвестных кодов — {3}, ошибочных строк — {4}.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation>Нет в базе.</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Сохранить список…</translation>
    </message>
    <message>
        <source>Lines not applied and why:</source>
        <translation>Непринятые строки и причины:</translation>
    </message>
    <message>
        <source>Save the lines not applied</source>
        <translation>Сохранение непринятых строк</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>The activation report was applied</source>
        <translation>Отчёт об активациях применён</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Сохранено в {0}</translation>
    </message>
</context>
<context>
    <name>ActsDialog</name>
    <message>
        <source>Hand-over acts</source>
        <translation>Акты приёма-передачи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ActsList</name>
    <message>
        <source>Act No.</source>
        <translation>Акт №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>SIM-карт</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Напечатать снова…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>to the shop</source>
        <translation>в магазин</translation>
    </message>
    <message>
        <source>back from the shop</source>
        <translation>из магазина</translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation>Сохранить акт в PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Act No. {0} saved: {1}</source>
        <translation>Акт № {0} сохранён: {1}</translation>
    </message>
    <message>
        <source>Writing the act to {0}…</source>
        <translation>Акт записывается в {0}…</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to shop</source>
        <translation>Закрепить за магазином</translation>
    </message>
    <message>
        <source>Type to find a shop</source>
        <translation>Начните вводить название магазина</translation>
    </message>
    <message>
        <source>{0} card(s) selected.</source>
        <translation>Выбрано SIM-карт: {0}.</translation>
    </message>
    <message>
        <source>There is no active shop. Add a shop on the Shops page first.</source>
        <translation>Нет активных магазинов. Сначала добавьте магазин на странице «Магазины».</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Choose a shop from the list.</source>
        <translation>Выберите магазин из списка.</translation>
    </message>
    <message>
        <source>Assigning cards…</source>
        <translation>SIM-карты закрепляются…</translation>
    </message>
    <message>
        <source>{0} card(s) assigned to {1}.</source>
        <translation>SIM-карт закреплено за магазином «{1}»: {0}.</translation>
    </message>
    <message>
        <source>{0} card(s) skipped:</source>
        <translation>Пропущено SIM-карт: {0}:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <source>Bulk add</source>
        <translation>Массовое добавление</translation>
    </message>
    <message>
        <source>In stock (no shop)</source>
        <translation>На складе (без магазина)</translation>
    </message>
    <message>
        <source>New cards go to this shop; by default they stay in stock.</source>
        <translation>Новые SIM-карты закрепляются за этим магазином; по умолчанию они остаются на складе.</translation>
    </message>
    <message>
        <source>Add to</source>
        <translation>Куда добавить</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Вставить список</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Scanner mode</source>
        <translation>Режим сканера</translation>
    </message>
    <message>
        <source>Show only duplicates and invalid lines</source>
        <translation>Показывать только повторы и ошибочные строки</translation>
    </message>
    <message>
        <source>One code per line; a phone number may follow the code on the same line.</source>
        <translation>Один код в строке; после кода в той же строке может стоять номер телефона.</translation>
    </message>
    <message>
        <source>Add the list</source>
        <translation>Добавить список</translation>
    </message>
    <message>
        <source>First code of the pack</source>
        <translation>Первый код пачки</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Last code</source>
        <translation>Последний код</translation>
    </message>
    <message>
        <source>Last code of the pack</source>
        <translation>Последний код пачки</translation>
    </message>
    <message>
        <source>Add the range</source>
        <translation>Добавить диапазон</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Первый код</translation>
    </message>
    <message>
        <source>A CSV, Excel (.xlsx) or text file</source>
        <translation>Файл CSV, Excel (.xlsx) или текстовый</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Add from the file</source>
        <translation>Добавить из файла</translation>
    </message>
    <message>
        <source>The column with the codes is found by its header or its contents.</source>
        <translation>Столбец с кодами определяется по заголовку или содержимому.</translation>
    </message>
    <message>
        <source>Scan a code (or type it and press Enter)</source>
        <translation>Отсканируйте код (или введите его и нажмите Enter)</translation>
    </message>
    <message>
        <source>Ready to scan.</source>
        <translation>Готово к сканированию.</translation>
    </message>
    <message>
        <source>Last added:</source>
        <translation>Последний добавленный:</translation>
    </message>
    <message>
        <source>Adding SIM cards…</source>
        <translation>SIM-карты добавляются…</translation>
    </message>
    <message>
        <source>Cancelled: no card was added.</source>
        <translation>Отменено: ни одна SIM-карта не добавлена.</translation>
    </message>
    <message>
        <source>Choose a file of codes</source>
        <translation>Выберите файл с кодами</translation>
    </message>
    <message>
        <source>Lists of codes (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Списки кодов (*.csv *.xlsx *.xlsm *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Created: {0} · Duplicates: {1} · Invalid: {2}</source>
        <translation>Добавлено: {0} · Повторы: {1} · Ошибочные: {2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) added.</source>
        <translation>
            <numerusform>Добавлена %Ln SIM-карта.</numerusform>
            <numerusform>Добавлены %Ln SIM-карты.</numerusform>
            <numerusform>Добавлено %Ln SIM-карт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) refused, see the reasons below.</source>
        <translation>
            <numerusform>%Ln строка не принята, причины — ниже.</numerusform>
            <numerusform>%Ln строки не приняты, причины — ниже.</numerusform>
            <numerusform>%Ln строк не принято, причины — ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: {0}. {1}</source>
        <translation>Не добавлена: {0}. {1}</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>Добавлена: {0}</translation>
    </message>
    <message>
        <source>Already stored, not added: {0}</source>
        <translation>Уже есть, не добавлена: {0}</translation>
    </message>
    <message>
        <source>Added: {0} · Refused: {1}</source>
        <translation>Добавлено: {0} · Отклонено: {1}</translation>
    </message>
</context>
<context>
    <name>CardEditDialog</name>
    <message>
        <source>Add SIM card</source>
        <translation>Добавить SIM-карту</translation>
    </message>
    <message>
        <source>Edit SIM card</source>
        <translation>Изменить SIM-карту</translation>
    </message>
    <message>
        <source>19 or 20 digits, starting with 89</source>
        <translation>19 или 20 цифр, начиная с 89</translation>
    </message>
    <message>
        <source>Leave empty to detect it from the phone number.</source>
        <translation>Оставьте пустым, чтобы определить по номеру телефона.</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Код (ICCID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>CardsTableModel</name>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продана</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Код (ICCID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Дата продажи</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Operator status</source>
        <translation>Статус у оператора</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again for the reverse order.</source>
        <translation>Нажмите, чтобы отсортировать по этому столбцу; нажмите ещё раз — в обратном порядке.</translation>
    </message>
    <message>
        <source>This column cannot be sorted. Sort by one of: {0}.</source>
        <translation>По этому столбцу сортировать нельзя. Сортируйте по одному из: {0}.</translation>
    </message>
</context>
<context>
    <name>ChecksLogPage</name>
    <message>
        <source>Card code contains</source>
        <translation>Код SIM-карты содержит</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Checks and changes</source>
        <translation>Проверки и изменения</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Status changes only</source>
        <translation>Только изменения статуса</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
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
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the whole checks log as Excel or CSV</source>
        <translation>Сохранить весь журнал проверок в Excel или CSV</translation>
    </message>
    <message>
        <source>Hand-over acts…</source>
        <translation>Акты приёма-передачи…</translation>
    </message>
    <message>
        <source>The acts of the hand-overs, to print again</source>
        <translation>Акты приёма-передачи — чтобы напечатать снова</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Checks log</source>
        <translation>Журнал проверок</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Все магазины</translation>
    </message>
    <message>
        <source>{0} of {1} rows, newest first</source>
        <translation>Строк: {0} из {1}, сначала новые</translation>
    </message>
    <message>
        <source>{0} rows, newest first</source>
        <translation>Строк: {0}, сначала новые</translation>
    </message>
    <message>
        <source>Export the checks log</source>
        <translation>Экспорт журнала проверок</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the checks log to {0}…</source>
        <translation>Экспорт журнала проверок в {0}…</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>Экспортировано строк: {0} в {1}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Exporting the checks log</source>
        <translation>Экспорт журнала проверок</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Проверка статуса</translation>
    </message>
    <message>
        <source>Activation report</source>
        <translation>Отчёт об активациях</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Миграция</translation>
    </message>
    <message>
        <source>Old server</source>
        <translation>Старый сервер</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продана</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Код SIM-карты</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Old status</source>
        <translation>Старый статус</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Operator's status</source>
        <translation>Статус у оператора</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Shops</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Sold today</source>
        <translation>Продано сегодня</translation>
    </message>
    <message>
        <source>Sold in 7 days</source>
        <translation>Продано за 7 дней</translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation>Продано за 30 дней</translation>
    </message>
    <message>
        <source>No sales in the last 30 days</source>
        <translation>Нет продаж за последние 30 дней</translation>
    </message>
    <message>
        <source>Sales per day, last 30 days</source>
        <translation>Продажи по дням за 30 дней</translation>
    </message>
    <message>
        <source>No shop holds cards yet</source>
        <translation>Ни у одного магазина пока нет SIM-карт</translation>
    </message>
    <message>
        <source>Shops by sell-through (top 10)</source>
        <translation>Магазины по доле продаж (лучшие 10)</translation>
    </message>
    <message>
        <source>Auto-check</source>
        <translation>Автопроверка</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Код (ICCID)</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>{0} sold in 30 days</source>
        <translation>Продано за 30 дней: {0}</translation>
    </message>
    <message>
        <source>best day {0}: {1}</source>
        <translation>лучший день {0}: {1}</translation>
    </message>
    <message>
        <source>{0} · {1} of {2}</source>
        <translation>{0} · {1} из {2}</translation>
    </message>
    <message>
        <source>Unsold for more than {0} days</source>
        <translation>Не проданы дольше {0} дней</translation>
    </message>
    <message>
        <source>card(s) held in a shop for more than {0} days; the longest-held first</source>
        <translation>SIM-карт(ы) в магазине дольше {0} дней; сначала самые давние</translation>
    </message>
    <message>
        <source>No card waits longer than {0} days.</source>
        <translation>Нет SIM-карт, ждущих дольше {0} дней.</translation>
    </message>
    <message>
        <source>Since {0}</source>
        <translation>С {0}</translation>
    </message>
    <message>
        <source>Running now: {0} of {1} checked</source>
        <translation>Идёт сейчас: проверено {0} из {1}</translation>
    </message>
    <message>
        <source>Running in another simdesk on this database: {0} of {1} checked</source>
        <translation>Идёт в другой программе simdesk с этой базой данных: проверено {0} из {1}</translation>
    </message>
    <message>
        <source>No auto-check has run yet</source>
        <translation>Автопроверок ещё не было</translation>
    </message>
    <message>
        <source>{0} — {1} checked, {2} newly sold, {3} error(s)</source>
        <translation>{0} — проверено {1}, новых продаж {2}, ошибок {3}</translation>
    </message>
    <message>
        <source>{0} — stopped: {1}</source>
        <translation>{0} — остановлена: {1}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выключена</translation>
    </message>
    <message>
        <source>at {0} (in {1} min)</source>
        <translation>в {0} (через {1} мин)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <source>Welcome to simdesk. Create the administrator account: it manages users and settings and logs in to the web app.</source>
        <translation>Добро пожаловать в simdesk. Создайте учётную запись администратора: он управляет пользователями и настройками и входит в веб-приложение.</translation>
    </message>
    <message>
        <source>At least {0} characters</source>
        <translation>Не меньше {0} символов</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>HandoverAct</name>
    <message>
        <source>Hand-over act No. {0}</source>
        <translation>Акт приёма-передачи № {0}</translation>
    </message>
    <message>
        <source>SIM cards handed over to a shop</source>
        <translation>SIM-карты, переданные в магазин</translation>
    </message>
    <message>
        <source>The dealer hands over and the shop accepts the following SIM cards:</source>
        <translation>Дилер передал, а магазин принял следующие SIM-карты:</translation>
    </message>
    <message>
        <source>Handed over (dealer)</source>
        <translation>Передал (дилер)</translation>
    </message>
    <message>
        <source>Received (shop)</source>
        <translation>Принял (магазин)</translation>
    </message>
    <message>
        <source>SIM cards taken back from a shop</source>
        <translation>SIM-карты, возвращённые из магазина</translation>
    </message>
    <message>
        <source>The shop hands back and the dealer accepts the following SIM cards:</source>
        <translation>Магазин вернул, а дилер принял следующие SIM-карты:</translation>
    </message>
    <message>
        <source>Handed over (shop)</source>
        <translation>Передал (магазин)</translation>
    </message>
    <message>
        <source>Received (dealer)</source>
        <translation>Принял (дилер)</translation>
    </message>
    <message>
        <source>Act No.</source>
        <translation>Номер акта</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Owner's phone</source>
        <translation>Телефон владельца</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Код (ICCID)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Total: {0} SIM card(s)</source>
        <translation>Всего SIM-карт: {0}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over cards to a shop</source>
        <translation>Передать SIM-карты в магазин</translation>
    </message>
    <message>
        <source>Take cards back from a shop</source>
        <translation>Забрать SIM-карты из магазина</translation>
    </message>
    <message>
        <source>Type to find a shop</source>
        <translation>Начните вводить название магазина</translation>
    </message>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation>Отсканируйте SIM-карту или введите её код, затем Enter</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Первый код</translation>
    </message>
    <message>
        <source>Last code</source>
        <translation>Последний код</translation>
    </message>
    <message>
        <source>Add the pack</source>
        <translation>Добавить пачку</translation>
    </message>
    <message>
        <source>Add the oldest in stock</source>
        <translation>Добавить самые старые в наличии</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканирование</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Пачка</translation>
    </message>
    <message>
        <source>Oldest in stock</source>
        <translation>Самые старые в наличии</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Убрать выбранные</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Забрать</translation>
    </message>
    <message>
        <source>Write the hand-over and its act (Ctrl+Enter)</source>
        <translation>Записать передачу и акт (Ctrl+Enter)</translation>
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
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>There is no active shop. Add a shop on the Shops page first.</source>
        <translation>Нет активных магазинов. Сначала добавьте магазин на странице «Магазины».</translation>
    </message>
    <message>
        <source>{0} card(s) in the list</source>
        <translation>SIM-карт в списке: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the shop from the list.</source>
        <translation>Выберите магазин из списка.</translation>
    </message>
    <message>
        <source>Choose the shop from the list first.</source>
        <translation>Сначала выберите магазин из списка.</translation>
    </message>
    <message>
        <source>The code is empty: scan or type the card's code.</source>
        <translation>Код пуст: отсканируйте или введите код SIM-карты.</translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it has characters other than digits.</source>
        <translation>{0} — не код SIM-карты: в нём есть символы, кроме цифр.</translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it has {1} digits, a SIM card code has 19 or 20.</source>
        <translation>{0} — не код SIM-карты: цифр в нём {1}, а в коде SIM-карты их 19 или 20.</translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it does not start with 89.</source>
        <translation>{0} — не код SIM-карты: он не начинается с 89.</translation>
    </message>
    <message>
        <source>{0}: the check digit is wrong — a misread or mistyped code? Scan it again.</source>
        <translation>{0}: неверная контрольная цифра — код считан или введён с ошибкой? Отсканируйте ещё раз.</translation>
    </message>
    <message>
        <source>{0} is not in the database. Add the card on the SIM cards page first.</source>
        <translation>{0} нет в базе данных. Сначала добавьте SIM-карту на странице «SIM-карты».</translation>
    </message>
    <message>
        <source>{0} is already in the list.</source>
        <translation>{0} уже в списке.</translation>
    </message>
    <message>
        <source>{0} is sold; a sold card stays where it was sold.</source>
        <translation>{0} продана; проданная SIM-карта остаётся там, где её продали.</translation>
    </message>
    <message>
        <source>{0} is in another shop, {1}. Take it back from there first.</source>
        <translation>{0} закреплена за другим магазином — {1}. Сначала заберите её оттуда.</translation>
    </message>
    <message>
        <source>{0} is in another shop, {1}, not in this one.</source>
        <translation>{0} закреплена не за этим магазином, а за магазином {1}.</translation>
    </message>
    <message>
        <source>{0} is already in this shop.</source>
        <translation>{0} уже закреплена за этим магазином.</translation>
    </message>
    <message>
        <source>{0} is in stock, not in this shop.</source>
        <translation>{0} в наличии на складе, а не в этом магазине.</translation>
    </message>
    <message>
        <source>The last code of the pack is not a valid SIM card code; check it.</source>
        <translation>Последний код пачки — не действительный код SIM-карты; проверьте его.</translation>
    </message>
    <message>
        <source>The first code of the pack is not a valid SIM card code; check it.</source>
        <translation>Первый код пачки — не действительный код SIM-карты; проверьте его.</translation>
    </message>
    <message>
        <source>The last code comes before the first; swap them.</source>
        <translation>Последний код идёт раньше первого; поменяйте их местами.</translation>
    </message>
    <message>
        <source>The first and the last code have different lengths; check them.</source>
        <translation>Первый и последний коды разной длины; проверьте их.</translation>
    </message>
    <message>
        <source>The pack holds too many codes (at most 100,000 at once); split it.</source>
        <translation>В пачке слишком много кодов (не более 100 000 за раз); разделите её.</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>{0} добавлена.</translation>
    </message>
    <message>
        <source>{0} card(s) of the pack added; {1} refused (see below).</source>
        <translation>Из пачки добавлено SIM-карт: {0}; отклонено: {1} (см. ниже).</translation>
    </message>
    <message>
        <source>{0} card(s) of the pack added.</source>
        <translation>Из пачки добавлено SIM-карт: {0}.</translation>
    </message>
    <message>
        <source>The {0} oldest card(s) in stock added.</source>
        <translation>Добавлены самые старые SIM-карты в наличии: {0}.</translation>
    </message>
    <message>
        <source>Drop the list of {0} card(s) without handing them over?</source>
        <translation>Удалить список из {0} SIM-карт, не передавая их?</translation>
    </message>
    <message>
        <source>The list is empty: scan at least one card.</source>
        <translation>Список пуст: отсканируйте хотя бы одну SIM-карту.</translation>
    </message>
    <message>
        <source>Writing the hand-over…</source>
        <translation>Запись передачи…</translation>
    </message>
    <message>
        <source>Act No. {0}: {1} card(s) handed over to {2}.</source>
        <translation>Акт № {0}: в магазин {2} передано SIM-карт: {1}.</translation>
    </message>
    <message>
        <source>Act No. {0}: {1} card(s) taken back from {2}.</source>
        <translation>Акт № {0}: из магазина {2} возвращено SIM-карт: {1}.</translation>
    </message>
    <message>
        <source>Save the act as PDF or print it.</source>
        <translation>Сохраните акт в PDF или напечатайте его.</translation>
    </message>
    <message>
        <source>Nothing was written: {0} card(s) of the list changed since they were scanned (listed below). Remove them and confirm again.</source>
        <translation>Ничего не записано: {0} SIM-карт из списка изменились после сканирования (перечислены ниже). Уберите их и подтвердите снова.</translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation>Сохранить акт в PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Act No. {0} saved: {1}</source>
        <translation>Акт № {0} сохранён: {1}</translation>
    </message>
    <message>
        <source>Writing the act to {0}…</source>
        <translation>Акт записывается в {0}…</translation>
    </message>
</context>
<context>
    <name>LineResultsModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Import activation report…</source>
        <translation>Импорт отчёта об активациях…</translation>
    </message>
    <message>
        <source>Back up database now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>Auto-check now</source>
        <translation>Запустить автопроверку</translation>
    </message>
    <message>
        <source>Hand over cards…</source>
        <translation>Передать SIM-карты…</translation>
    </message>
    <message>
        <source>Take cards back…</source>
        <translation>Забрать SIM-карты…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About simdesk</source>
        <translation>О программе simdesk</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop this check; the answers so far are kept</source>
        <translation>Остановить эту проверку; уже полученные ответы сохранятся</translation>
    </message>
    <message>
        <source>Main API</source>
        <translation>Основной API</translation>
    </message>
    <message>
        <source>Status API</source>
        <translation>API статусов</translation>
    </message>
    <message>
        <source>{0}: listening on {1}</source>
        <translation>{0}: работает на {1}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>{0}: not running</source>
        <translation>{0}: не работает</translation>
    </message>
    <message>
        <source>{0}: not running — port {1} is busy</source>
        <translation>{0}: не работает — порт {1} занят</translation>
    </message>
    <message>
        <source>{0}: not running — {1}</source>
        <translation>{0}: не работает — {1}</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation>Проверка %v из %m</translation>
    </message>
    <message>
        <source>Last check: {0} checked, {1} newly sold, {2} errors</source>
        <translation>Последняя проверка: проверено {0}, новых продаж {1}, ошибок {2}</translation>
    </message>
    <message>
        <source>Last check cancelled: {0} of {1} cards checked</source>
        <translation>Последняя проверка отменена: проверено SIM-карт {0} из {1}</translation>
    </message>
    <message>
        <source>Last check stopped: the status source seems down ({0} of {1} cards checked); see the checks log</source>
        <translation>Последняя проверка остановлена: источник статусов, похоже, не работает (проверено SIM-карт {0} из {1}); см. журнал проверок</translation>
    </message>
    <message>
        <source>Last check failed: {0} of {1} cards checked; see the checks log</source>
        <translation>Последняя проверка не удалась: проверено SIM-карт {0} из {1}; см. журнал проверок</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) newly sold: {0}</source>
        <translation>
            <numerusform>Новая продажа — %Ln SIM-карта: {0}</numerusform>
            <numerusform>Новые продажи — %Ln SIM-карты: {0}</numerusform>
            <numerusform>Новые продажи — %Ln SIM-карт: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Newly sold</source>
        <translation>Новые продажи</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Резервная копия записана: {0}</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Резервное копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Operator's activation report</source>
        <translation>Отчёт оператора об активациях</translation>
    </message>
    <message>
        <source>Reports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Отчёты (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing the activation report</source>
        <translation>Импорт отчёта об активациях</translation>
    </message>
    <message>
        <source>simdesk {0}
Shops, SIM cards and sales for a mobile-operator dealer's office.</source>
        <translation>simdesk {0}
Магазины, SIM-карты и продажи для офиса дилера мобильного оператора.</translation>
    </message>
    <message>
        <source>Trust it</source>
        <translation>Доверять</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Nothing to lock: nobody is signed in. Add a user on the Users page first.</source>
        <translation>Блокировать нечего: никто не вошёл. Сначала добавьте пользователя на странице «Пользователи».</translation>
    </message>
    <message>
        <source>A web app on this computer at {0} was refused: its address is not a trusted web-app origin, so it shows "wrong password" even with the right one. Trust it if it is the office's web app.</source>
        <translation>Веб-приложение на этом компьютере по адресу {0} получило отказ: его адреса нет среди доверенных адресов веб-приложения, поэтому оно пишет «неверный пароль» даже при правильном. Доверьтесь ему, если это веб-приложение офиса.</translation>
    </message>
    <message>
        <source>{0} cannot be trusted: {1}</source>
        <translation>Адресу {0} нельзя доверять: {1}</translation>
    </message>
    <message>
        <source>{0} is now a trusted web-app origin; reload the web app.</source>
        <translation>{0} теперь доверенный адрес веб-приложения; обновите страницу веб-приложения.</translation>
    </message>
    <message>
        <source>simdesk keeps running in the tray; the servers stay on. Use Quit to stop it.</source>
        <translation>simdesk продолжает работать в трее; серверы остаются включены. Чтобы остановить, выберите «Выход».</translation>
    </message>
    <message>
        <source>Daily backup written: {0}</source>
        <translation>Ежедневная резервная копия записана: {0}</translation>
    </message>
    <message>
        <source>Daily backup failed: {0}</source>
        <translation>Ежедневная резервная копия не записана: {0}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
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
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
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
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Republic of Karakalpakstan</source>
        <translation>Республика Каракалпакстан</translation>
    </message>
    <message>
        <source>Andijan Region</source>
        <translation>Андижанская область</translation>
    </message>
    <message>
        <source>Bukhara Region</source>
        <translation>Бухарская область</translation>
    </message>
    <message>
        <source>Fergana Region</source>
        <translation>Ферганская область</translation>
    </message>
    <message>
        <source>Jizzakh Region</source>
        <translation>Джизакская область</translation>
    </message>
    <message>
        <source>Khorezm Region</source>
        <translation>Хорезмская область</translation>
    </message>
    <message>
        <source>Namangan Region</source>
        <translation>Наманганская область</translation>
    </message>
    <message>
        <source>Navoi Region</source>
        <translation>Навоийская область</translation>
    </message>
    <message>
        <source>Kashkadarya Region</source>
        <translation>Кашкадарьинская область</translation>
    </message>
    <message>
        <source>Samarkand Region</source>
        <translation>Самаркандская область</translation>
    </message>
    <message>
        <source>Syrdarya Region</source>
        <translation>Сырдарьинская область</translation>
    </message>
    <message>
        <source>Surkhandarya Region</source>
        <translation>Сурхандарьинская область</translation>
    </message>
    <message>
        <source>Tashkent Region</source>
        <translation>Ташкентская область</translation>
    </message>
    <message>
        <source>Tashkent City</source>
        <translation>город Ташкент</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {0}</source>
        <translation>Сброс пароля: {0}</translation>
    </message>
    <message>
        <source>{0} will have to choose a new password at the next login.</source>
        <translation>При следующем входе {0} должен будет выбрать новый пароль.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
</context>
<context>
    <name>ScannedModel</name>
    <message>
        <source>Code (ICCID)</source>
        <translation>Код (ICCID)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Адрес для подключений</translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only; 0.0.0.0: the whole office network</source>
        <translation>127.0.0.1: только этот компьютер; 0.0.0.0: вся сеть офиса</translation>
    </message>
    <message>
        <source>Main API port</source>
        <translation>Порт основного API</translation>
    </message>
    <message>
        <source>Status API port</source>
        <translation>Порт API статусов</translation>
    </message>
    <message>
        <source>Trusted web-app origins</source>
        <translation>Доверенные адреса веб-приложения</translation>
    </message>
    <message>
        <source>One per line, such as http://localhost:8080</source>
        <translation>По одному в строке, например http://localhost:8080</translation>
    </message>
    <message>
        <source>Main API</source>
        <translation>Основной API</translation>
    </message>
    <message>
        <source>Status API</source>
        <translation>API статусов</translation>
    </message>
    <message>
        <source>Status source</source>
        <translation>Источник статуса</translation>
    </message>
    <message>
        <source>The old status service (/check-simcard-status)</source>
        <translation>Старый сервис статусов (/check-simcard-status)</translation>
    </message>
    <message>
        <source>An operator's JSON API</source>
        <translation>JSON API оператора</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>An operator's activation report (a file) is not a source to ask: import it with File → Import activation report (Ctrl+I).</source>
        <translation>Отчёт оператора об активациях (файл) — не источник для запросов: загрузите его через Файл → Импорт отчёта об активациях (Ctrl+I).</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Метод HTTP</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>Шаблон адреса</translation>
    </message>
    <message>
        <source>{code}, {iccid} or {msisdn} where the card goes; empty: the address above</source>
        <translation>{code}, {iccid} или {msisdn} на месте SIM-карты; пусто: адрес выше</translation>
    </message>
    <message>
        <source>POST body template</source>
        <translation>Шаблон тела POST-запроса</translation>
    </message>
    <message>
        <source>Headers (secret)</source>
        <translation>Заголовки (секрет)</translation>
    </message>
    <message>
        <source>A JSON object, such as an API key</source>
        <translation>Объект JSON, например ключ API</translation>
    </message>
    <message>
        <source>Status path in the answer</source>
        <translation>Путь к статусу в ответе</translation>
    </message>
    <message>
        <source>Dotted names such as data.state</source>
        <translation>Имена через точку, например data.state</translation>
    </message>
    <message>
        <source>Sale date path</source>
        <translation>Путь к дате продажи</translation>
    </message>
    <message>
        <source>Dotted names such as data.activatedAt; may be empty</source>
        <translation>Имена через точку, например data.activatedAt; может быть пустым</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>Values meaning sold</source>
        <translation>Значения «продана»</translation>
    </message>
    <message>
        <source>Values meaning not sold</source>
        <translation>Значения «не продана»</translation>
    </message>
    <message>
        <source>Values meaning blocked</source>
        <translation>Значения «заблокирована»</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Card code to ask about</source>
        <translation>Код SIM-карты для запроса</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Checks at once</source>
        <translation>Проверок одновременно</translation>
    </message>
    <message>
        <source>From 1 to 128</source>
        <translation>От 1 до 128</translation>
    </message>
    <message>
        <source>Most checks per second</source>
        <translation>Не больше проверок в секунду</translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation>0: без ограничения</translation>
    </message>
    <message>
        <source>Time limit of one check</source>
        <translation>Предельное время одной проверки</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Stop a run after failures in a row</source>
        <translation>Остановить после ошибок подряд</translation>
    </message>
    <message>
        <source>Check all assigned cards automatically</source>
        <translation>Автоматически проверять все закреплённые SIM-карты</translation>
    </message>
    <message>
        <source>Auto-check</source>
        <translation>Автопроверка</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Auto-check every</source>
        <translation>Интервал автопроверки</translation>
    </message>
    <message>
        <source>Webhook for newly sold cards</source>
        <translation>Webhook для новых продаж</translation>
    </message>
    <message>
        <source>Called with the newly sold cards; may be empty</source>
        <translation>Вызывается с новыми проданными SIM-картами; может быть пустым</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Dealer's name on hand-over acts</source>
        <translation>Имя дилера в актах приёма-передачи</translation>
    </message>
    <message>
        <source>Empty: the act leaves a line to write it in</source>
        <translation>Пусто: в акте остаётся строка, чтобы вписать его от руки</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Closing the window keeps simdesk and its servers running in the tray</source>
        <translation>При закрытии окна simdesk и его серверы продолжают работать в трее</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Сворачивать в трей</translation>
    </message>
    <message>
        <source>Data folder and backups</source>
        <translation>Папка данных и резервные копии</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Back up the database once a day (the last 14 are kept)</source>
        <translation>Создавать резервную копию базы раз в день (хранятся последние 14)</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Ежедневная копия</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Несохранённые настройки</translation>
    </message>
    <message>
        <source>The settings have unsaved changes. Save them before leaving this page?</source>
        <translation>В настройках есть несохранённые изменения. Сохранить их перед уходом со страницы?</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Изменения отменены.</translation>
    </message>
    <message>
        <source>Not saved — correct the marked fields: {0}</source>
        <translation>Не сохранено — исправьте отмеченные поля: {0}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>listening on {0}</source>
        <translation>работает на {0}</translation>
    </message>
    <message>
        <source>not running — {0}</source>
        <translation>не работает — {0}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>Main API: {0}. Status API: {1}.</source>
        <translation>Основной API: {0}. API статусов: {1}.</translation>
    </message>
    <message>
        <source>Not tested — correct the marked fields: {0}</source>
        <translation>Проверка не выполнена — исправьте отмеченные поля: {0}</translation>
    </message>
    <message>
        <source>Asking the status source about {0}…</source>
        <translation>Запрос к источнику статуса о {0}…</translation>
    </message>
    <message>
        <source>The source did not answer properly ({0} ms): {1}</source>
        <translation>Источник не ответил как положено ({0} мс): {1}</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>продана</translation>
    </message>
    <message>
        <source>not sold</source>
        <translation>не продана</translation>
    </message>
    <message>
        <source>Connected ({0} ms). Status: {1} — {2}.</source>
        <translation>Подключение есть ({0} мс). Статус: {1} — {2}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Резервная копия записана: {0}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>simdesk backups (*.sqlite *.db);;All files (*)</source>
        <translation>Резервные копии simdesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Replace all shops, cards, users and settings with the contents of {0}?

A copy of the current database is written first.</source>
        <translation>Заменить все магазины, SIM-карты, пользователей и настройки содержимым {0}?

Сначала будет записана копия текущей базы.</translation>
    </message>
    <message>
        <source>Restoring from {0}…</source>
        <translation>Восстановление из {0}…</translation>
    </message>
    <message>
        <source>Restored from {0}. The database as it was before is in {1}.</source>
        <translation>Восстановлено из {0}. Прежнее состояние базы сохранено в {1}.</translation>
    </message>
</context>
<context>
    <name>ShopDetail</name>
    <message>
        <source>Select a shop to see its numbers and cards.</source>
        <translation>Выберите магазин, чтобы увидеть его показатели и SIM-карты.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Доля продаж</translation>
    </message>
    <message>
        <source>Sold in 7 days</source>
        <translation>Продано за 7 дней</translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation>Продано за 30 дней</translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation>SIM-карты</translation>
    </message>
    <message>
        <source>The latest {0} of {1} cards.</source>
        <translation>Последние {0} из {1} SIM-карт.</translation>
    </message>
    <message>
        <source>No cards in this shop yet.</source>
        <translation>В этом магазине пока нет SIM-карт.</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Edit shop</source>
        <translation>Изменить магазин</translation>
    </message>
    <message>
        <source>Add shop</source>
        <translation>Добавить магазин</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Owner's phone</source>
        <translation>Телефон владельца</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Latitude / longitude</source>
        <translation>Широта / долгота</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The shop was not saved:</source>
        <translation>Магазин не сохранён:</translation>
    </message>
</context>
<context>
    <name>ShopsModel</name>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продана</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Owner's phone</source>
        <translation>Телефон владельца</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Доля продаж</translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation>Продано за 30 дней</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation>Код (ICCID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Дата продажи</translation>
    </message>
</context>
<context>
    <name>ShopsPage</name>
    <message>
        <source>Search name, owner, phone or address</source>
        <translation>Поиск по названию, владельцу, телефону или адресу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Из архива</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Add a shop (Ctrl+N)</source>
        <translation>Добавить магазин (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected shop (F2)</source>
        <translation>Изменить выбранный магазин (F2)</translation>
    </message>
    <message>
        <source>A shop that takes no more cards; its sales stay on record</source>
        <translation>Магазин больше не получает SIM-карты; его продажи сохраняются</translation>
    </message>
    <message>
        <source>Only a shop that never held a card can be deleted (Delete)</source>
        <translation>Удалить можно только магазин, у которого никогда не было SIM-карт (Delete)</translation>
    </message>
    <message>
        <source>Hand over cards…</source>
        <translation>Передать SIM-карты…</translation>
    </message>
    <message>
        <source>Scan the cards handed to this shop; an act is written</source>
        <translation>Отсканируйте SIM-карты, передаваемые этому магазину; будет составлен акт</translation>
    </message>
    <message>
        <source>Take cards back…</source>
        <translation>Забрать SIM-карты…</translation>
    </message>
    <message>
        <source>Hand-over acts</source>
        <translation>Акты приёма-передачи</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shop(s)</source>
        <translation>
            <numerusform>%Ln магазин</numerusform>
            <numerusform>%Ln магазина</numerusform>
            <numerusform>%Ln магазинов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot archive the shop</source>
        <translation>Нельзя отправить магазин в архив</translation>
    </message>
    <message>
        <source>This shop still holds {0} unsold card(s). Return them to stock or assign them to another shop on the SIM cards page, then archive it.</source>
        <translation>У магазина ещё {0} непроданных SIM-карт. Верните их на склад или закрепите за другим магазином на странице «SIM-карты», затем отправьте магазин в архив.</translation>
    </message>
    <message>
        <source>Delete shop</source>
        <translation>Удалить магазин</translation>
    </message>
    <message>
        <source>Delete the shop “{0}”? This cannot be undone.</source>
        <translation>Удалить магазин «{0}»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot delete the shop</source>
        <translation>Нельзя удалить магазин</translation>
    </message>
    <message>
        <source>The shop “{0}” still holds {1} unsold card(s), so it cannot be deleted. A shop that held cards keeps its history: return the cards to stock or move them to another shop, then archive it.</source>
        <translation>В магазине «{0}» ещё есть непроданные SIM-карты ({1}), поэтому его нельзя удалить. История магазина, получавшего SIM-карты, сохраняется: верните карты на склад или передайте их в другой магазин, затем архивируйте его.</translation>
    </message>
    <message>
        <source>The shop “{0}” has held cards, so it cannot be deleted: its sales and its history keep its name. Archive it instead — it disappears from the lists and can be brought back.</source>
        <translation>Магазин «{0}» получал SIM-карты, поэтому его нельзя удалить: его продажи и история хранят его название. Вместо этого архивируйте его — он исчезнет из списков, и его можно будет вернуть.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password. Check the keyboard layout and Caps Lock, then type the password again.</source>
        <translation>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock и введите пароль ещё раз.</translation>
    </message>
    <message>
        <source>Too many wrong passwords in a row for {0}: the next try is possible in {1} s. An administrator can clear this with Unlock on the Users page.</source>
        <translation>Слишком много неверных паролей подряд для {0}: следующая попытка возможна через {1} с. Администратор может сбросить это кнопкой «Разблокировать» на странице «Пользователи».</translation>
    </message>
    <message>
        <source>The account {0} is disabled; ask an administrator to enable it.</source>
        <translation>Учётная запись {0} отключена; попросите администратора включить её.</translation>
    </message>
    <message>
        <source>The window is locked by {0}: sign in as {0}, or press Switch user.</source>
        <translation>Окно заблокировано пользователем {0}: войдите как {0} или нажмите «Сменить пользователя».</translation>
    </message>
    <message>
        <source>Choose another new password: at least {0} characters, not the user name, not one character repeated.</source>
        <translation>Выберите другой новый пароль: не короче {0} символов, не совпадающий с логином и не из одного повторённого символа.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Оставаться в системе на этом компьютере</translation>
    </message>
    <message>
        <source>The next start of simdesk by this user of the computer does not ask again, until Lock or Switch user.</source>
        <translation>При следующем запуске simdesk этим пользователем компьютера пароль не спрашивается — до блокировки или смены пользователя.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>simdesk is locked by {0}. Type the password to go on.</source>
        <translation>simdesk заблокирован пользователем {0}. Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Sign in to simdesk</source>
        <translation>Вход в simdesk</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Новые пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>An administrator set this password: choose a new one of your own to go on.</source>
        <translation>Этот пароль задал администратор: чтобы продолжить, выберите свой новый пароль.</translation>
    </message>
</context>
<context>
    <name>SimCardsPage</name>
    <message>
        <source>Search by code or phone</source>
        <translation>Поиск по коду или телефону</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продана</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Bulk add</source>
        <translation>Массовое добавление</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Check selected</source>
        <translation>Проверить выбранные</translation>
    </message>
    <message>
        <source>Auto-check now</source>
        <translation>Запустить автопроверку</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Проверить статус сейчас</translation>
    </message>
    <message>
        <source>Assign to shop…</source>
        <translation>Закрепить за магазином…</translation>
    </message>
    <message>
        <source>Return to stock</source>
        <translation>Вернуть на склад</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Экспортировать выбранные…</translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation>SIM-карты</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Все магазины</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) exported to {0}.</source>
        <translation>
            <numerusform>%Ln SIM-карта выгружена в {0}.</numerusform>
            <numerusform>%Ln SIM-карты выгружены в {0}.</numerusform>
            <numerusform>%Ln SIM-карт выгружено в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All {0} card(s) matching the filter are selected. Click a row to select fewer.</source>
        <translation>Выбраны все SIM-карты, подходящие под фильтр: {0}. Щёлкните строку, чтобы выбрать меньше.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>Копировать коды</translation>
    </message>
    <message>
        <source>Copy {0} codes to the clipboard?</source>
        <translation>Скопировать коды в буфер обмена (всего {0})?</translation>
    </message>
    <message>
        <source>Copying codes…</source>
        <translation>Копирование кодов…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Card {0} added.</source>
        <translation>SIM-карта {0} добавлена.</translation>
    </message>
    <message>
        <source>Card {0} saved.</source>
        <translation>SIM-карта {0} сохранена.</translation>
    </message>
    <message>
        <source>{0} card(s) assigned to {1}.</source>
        <translation>SIM-карт закреплено за магазином «{1}»: {0}.</translation>
    </message>
    <message>
        <source>{0} skipped.</source>
        <translation>Пропущено: {0}.</translation>
    </message>
    <message>
        <source>{0} card(s) returned to stock.</source>
        <translation>Возвращено на склад SIM-карт: {0}.</translation>
    </message>
    <message>
        <source>These cards were not returned:</source>
        <translation>Эти SIM-карты не возвращены:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln SIM-карта</numerusform>
            <numerusform>%Ln SIM-карты</numerusform>
            <numerusform>%Ln SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} selected</source>
        <translation>Выбрано: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) copied.</source>
        <translation>
            <numerusform>Скопирован %Ln код.</numerusform>
            <numerusform>Скопированы %Ln кода.</numerusform>
            <numerusform>Скопировано %Ln кодов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) returned to stock.</source>
        <translation>
            <numerusform>%Ln SIM-карта возвращена на склад.</numerusform>
            <numerusform>%Ln SIM-карты возвращены на склад.</numerusform>
            <numerusform>%Ln SIM-карт возвращено на склад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returning cards to stock…</source>
        <translation>SIM-карты возвращаются на склад…</translation>
    </message>
    <message>
        <source>Looking at the cards…</source>
        <translation>Просмотр SIM-карт…</translation>
    </message>
    <message>
        <source>Delete card {0}? This cannot be undone.</source>
        <translation>Удалить SIM-карту {0}? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete {0} cards? This cannot be undone.</source>
        <translation>Удалить SIM-карты ({0})? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Нельзя удалить</translation>
    </message>
    <message>
        <source>Card {0} is sold. Sold cards are sales history and cannot be deleted.</source>
        <translation>SIM-карта {0} продана. Проданные SIM-карты — история продаж, их нельзя удалить.</translation>
    </message>
    <message>
        <source>{0} of the {1} selected cards are sold: {2}. Sold cards are sales history and cannot be deleted. Nothing was deleted: leave the sold cards out (for example, filter by the status Available or Assigned) and delete again.</source>
        <translation>Среди выбранных SIM-карт ({1}) проданы {0}: {2}. Проданные SIM-карты — история продаж, их нельзя удалить. Ничего не удалено: исключите проданные (например, отфильтруйте по статусу «В наличии» или «Закреплена») и удалите снова.</translation>
    </message>
    <message>
        <source>Deleting cards…</source>
        <translation>SIM-карты удаляются…</translation>
    </message>
    <message>
        <source>Checking status…</source>
        <translation>Проверка статуса…</translation>
    </message>
    <message>
        <source>Card {0}: the check failed: {1}</source>
        <translation>SIM-карта {0}: проверка не удалась: {1}</translation>
    </message>
    <message>
        <source>Card {0}: {1} (operator says: {2}).</source>
        <translation>SIM-карта {0}: {1} (ответ оператора: {2}).</translation>
    </message>
    <message>
        <source>The status changed.</source>
        <translation>Статус изменился.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln card(s) in the background…</source>
        <translation>
            <numerusform>Проверяется %Ln SIM-карта в фоне…</numerusform>
            <numerusform>Проверяются %Ln SIM-карты в фоне…</numerusform>
            <numerusform>Проверяется %Ln SIM-карт в фоне…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: {0} of {1} card(s) checked.</source>
        <translation>Проверка остановлена: проверено {0} из {1}.</translation>
    </message>
    <message>
        <source>{0} card(s) checked: {1} changed, {2} newly sold, {3} error(s).</source>
        <translation>Проверено SIM-карт: {0}; изменилось: {1}, новых продаж: {2}, ошибок: {3}.</translation>
    </message>
    <message>
        <source>Reading the selected cards…</source>
        <translation>Чтение выбранных SIM-карт…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) deleted.</source>
        <translation>
            <numerusform>Удалена %Ln SIM-карта.</numerusform>
            <numerusform>Удалены %Ln SIM-карты.</numerusform>
            <numerusform>Удалено %Ln SIM-карт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln card(s)…</source>
        <translation>
            <numerusform>Проверяется %Ln SIM-карта…</numerusform>
            <numerusform>Проверяются %Ln SIM-карты…</numerusform>
            <numerusform>Проверяется %Ln SIM-карт…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>Проверку не удалось запустить.</translation>
    </message>
    <message>
        <source>Export SIM cards</source>
        <translation>Экспорт SIM-карт</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the selected SIM cards</source>
        <translation>Экспорт выбранных SIM-карт</translation>
    </message>
    <message>
        <source>Exporting SIM cards…</source>
        <translation>Экспорт SIM-карт…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Latin letters, digits and . _ - @</source>
        <translation>Латинские буквы, цифры и . _ - @</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>At least {0} characters</source>
        <translation>Не меньше {0} символов</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Username</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Должен сменить пароль</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
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
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Forget the failed logins of the selected user from every address, so they may log in again at once (Ctrl+U)</source>
        <translation>Забыть неудачные входы выбранного пользователя со всех адресов, чтобы он мог сразу войти снова (Ctrl+U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Users log in to the web app and the HTTP APIs. Administrators manage users and settings, operators work with shops and cards, viewers only look.</source>
        <translation>Пользователи входят в веб-приложение и HTTP API. Администраторы управляют пользователями и настройками, операторы работают с магазинами и SIM-картами, наблюдатели только просматривают.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>User {0} added.</source>
        <translation>Пользователь {0} добавлен.</translation>
    </message>
    <message>
        <source>User {0} enabled.</source>
        <translation>Пользователь {0} включён.</translation>
    </message>
    <message>
        <source>User {0} disabled; their logins end now.</source>
        <translation>Пользователь {0} отключён; его сеансы завершены.</translation>
    </message>
    <message>
        <source>Role changed to {0}.</source>
        <translation>Роль изменена: {0}.</translation>
    </message>
    <message>
        <source>Failed logins of {0} cleared; they may log in again at once.</source>
        <translation>Неудачные входы пользователя {0} сброшены; он может сразу войти снова.</translation>
    </message>
    <message>
        <source>New password set for {0}; they must change it at the next login.</source>
        <translation>Для {0} задан новый пароль; при следующем входе его нужно сменить.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Удалить пользователя</translation>
    </message>
    <message>
        <source>Delete user {0}? Their logins end now.</source>
        <translation>Удалить пользователя {0}? Его сеансы будут завершены.</translation>
    </message>
    <message>
        <source>User {0} deleted.</source>
        <translation>Пользователь {0} удалён.</translation>
    </message>
</context>
<context>
    <name>_TaskEntry</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this work; what it did so far is undone where it must be all or nothing</source>
        <translation>Остановить эту работу; где нужно «всё или ничего», сделанное будет отменено</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Ежедневная копия</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>Восстановление базы данных</translation>
    </message>
    <message>
        <source>Testing the status source</source>
        <translation>Проверка источника статусов</translation>
    </message>
    <message>
        <source>Exporting the check log</source>
        <translation>Экспорт журнала проверок</translation>
    </message>
    <message>
        <source>Importing the activation report</source>
        <translation>Импорт отчёта об активациях</translation>
    </message>
    <message>
        <source>{0} — cancelling…</source>
        <translation>{0} — отмена…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}. Details are in the log file.</source>
        <translation>Что-то пошло не так: {0}. Подробности в файле журнала.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>You are signed in as a {0}: this needs an {1}. Ask an administrator, or use Switch user (File menu) to sign in as one.</source>
        <translation>Вы вошли как {0}: для этого нужен {1}. Обратитесь к администратору или войдите под таким пользователем через «Сменить пользователя» (меню «Файл»).</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>The code is empty.</source>
        <translation>Код пустой.</translation>
    </message>
    <message>
        <source>The code contains characters other than digits ({chars}); an ICCID has digits only.</source>
        <translation>В коде есть символы, кроме цифр ({chars}); ICCID состоит только из цифр.</translation>
    </message>
    <message>
        <source>This cell is a number in Excel and its last digits are lost; format the column as text and type or paste the codes again.</source>
        <translation>Эта ячейка в Excel хранится как число, и её последние цифры потеряны; задайте столбцу текстовый формат и введите или вставьте коды заново.</translation>
    </message>
    <message>
        <source>The code has {digits} digits; an ICCID has 19 or 20.</source>
        <translation>Цифр в коде: {digits}; в ICCID их 19 или 20.</translation>
    </message>
    <message>
        <source>The code does not start with 89, as every ICCID does.</source>
        <translation>Код не начинается с 89, а с него начинается любой ICCID.</translation>
    </message>
    <message>
        <source>The check digit is wrong: the last digit should be {expected}, not {actual}. A typo? For packs printed without a check digit an administrator can turn off the check-digit setting (codes.verify_luhn).</source>
        <translation>Неверная контрольная цифра: последней должна быть {expected}, а не {actual}. Опечатка? Для пачек, напечатанных без контрольной цифры, администратор может отключить её проверку (настройка codes.verify_luhn).</translation>
    </message>
    <message>
        <source>The line is not text.</source>
        <translation>Строка — не текст.</translation>
    </message>
    <message>
        <source>The code appears twice in the input (first on line {first}).</source>
        <translation>Код встречается дважды (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>This code is already stored.</source>
        <translation>Этот код уже сохранён.</translation>
    </message>
    <message>
        <source>No such card.</source>
        <translation>Такой SIM-карты нет.</translation>
    </message>
    <message>
        <source>The card is not stored.</source>
        <translation>Этой SIM-карты нет в базе.</translation>
    </message>
    <message>
        <source>Not a valid code: {problem}</source>
        <translation>Неверный код: {problem}</translation>
    </message>
    <message>
        <source>Some codes are not valid.</source>
        <translation>Некоторые коды неверны.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed.</source>
        <translation>Длина текста — {length} символов; допускается не больше {limit}.</translation>
    </message>
    <message>
        <source>The shop's name is required.</source>
        <translation>Нужно указать название магазина.</translation>
    </message>
    <message>
        <source>Must be a number such as 41.3111.</source>
        <translation>Должно быть число, например 41.3111.</translation>
    </message>
    <message>
        <source>The start of the period must be earlier than its end; widen the period or swap the two dates.</source>
        <translation>Начало периода должно быть раньше его конца; расширьте период или поменяйте даты местами.</translation>
    </message>
    <message>
        <source>The code appears twice in the report (first on line {first}).</source>
        <translation>Код встречается в отчёте дважды (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>The activation date {value} cannot be read; write it like 2024-05-31 or 31.05.2024.</source>
        <translation>Дату активации {value} не удалось прочитать; пишите её как 2024-05-31 или 31.05.2024.</translation>
    </message>
    <message>
        <source>The card is sold; a sold card cannot be given to another shop.</source>
        <translation>SIM-карта продана; проданную SIM-карту нельзя передать другому магазину.</translation>
    </message>
    <message>
        <source>The card is sold; a sold card stays with its shop.</source>
        <translation>SIM-карта продана; проданная SIM-карта остаётся за своим магазином.</translation>
    </message>
    <message>
        <source>The card is already in this shop.</source>
        <translation>SIM-карта уже закреплена за этим магазином.</translation>
    </message>
    <message>
        <source>The card is already in stock.</source>
        <translation>SIM-карта уже в наличии на складе.</translation>
    </message>
    <message>
        <source>The card is already sold.</source>
        <translation>SIM-карта уже продана.</translation>
    </message>
    <message>
        <source>The phone number is not an Uzbek number; write it like +998 90 123 45 67.</source>
        <translation>Номер телефона — не узбекский; пишите его как +998 90 123 45 67.</translation>
    </message>
    <message>
        <source>The phone number is not a mobile number (a SIM card's number starts with an operator's code).</source>
        <translation>Номер телефона — не мобильный (номер SIM-карты начинается с кода оператора).</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <source>Must be an http:// or https:// address, or empty.</source>
        <translation>Должен быть адрес http:// или https:// либо пусто.</translation>
    </message>
    <message>
        <source>The address has a port that is not a number from 0 to 65535.</source>
        <translation>Порт в адресе — не число от 0 до 65535.</translation>
    </message>
    <message>
        <source>Must be an address of this computer such as 127.0.0.1, or 0.0.0.0 for all.</source>
        <translation>Должен быть адрес этого компьютера, например 127.0.0.1, или 0.0.0.0 для всех.</translation>
    </message>
    <message>
        <source>{item} is not an origin such as http://localhost:8080.</source>
        <translation>{item} — не источник вида http://localhost:8080.</translation>
    </message>
    <message>
        <source>May hold only the placeholders {{code}}, {{iccid}} and {{msisdn}}.</source>
        <translation>Допустимы только подстановки {{code}}, {{iccid}} и {{msisdn}}.</translation>
    </message>
    <message>
        <source>Must be an http:// or https:// address with {{code}}, {{iccid}} or {{msisdn}} where the card goes, or empty.</source>
        <translation>Должен быть адрес http:// или https:// с {{code}}, {{iccid}} или {{msisdn}} на месте SIM-карты либо пусто.</translation>
    </message>
    <message>
        <source>{name} is not a valid header name.</source>
        <translation>{name} — недопустимое имя заголовка.</translation>
    </message>
    <message>
        <source>The value of the header {name} must be on one line.</source>
        <translation>Значение заголовка {name} должно быть в одну строку.</translation>
    </message>
    <message>
        <source>The header {name} must be written in plain ASCII letters and digits.</source>
        <translation>Заголовок {name} должен состоять из латинских букв и цифр ASCII.</translation>
    </message>
    <message>
        <source>Must be dotted names such as data.status (list items as items.0.status).</source>
        <translation>Должны быть имена через точку, например data.status (элементы списка — items.0.status).</translation>
    </message>
    <message>
        <source>Must be a port number from 0 to 65535.</source>
        <translation>Должен быть номер порта от 0 до 65535.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Должно быть «да» или «нет».</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Должно быть целое число.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Должно быть число.</translation>
    </message>
    <message>
        <source>Must be a list of texts (separated by commas).</source>
        <translation>Должен быть список значений через запятую.</translation>
    </message>
    <message>
        <source>Must be a JSON object of texts, such as {{"X-Api-Key": "..."}}.</source>
        <translation>Должен быть JSON-объект из строк, например {{"X-Api-Key": "..."}}.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Должен быть текст.</translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <translation>Допустимые значения: {choices}.</translation>
    </message>
    <message>
        <source>The username must be {min}–{max} characters of Latin letters, digits and . _ - @.</source>
        <translation>Логин должен состоять из {min}–{max} символов: латинские буквы, цифры и . _ - @.</translation>
    </message>
    <message>
        <source>The role must be one of: {choices}.</source>
        <translation>Роль должна быть одной из: {choices}.</translation>
    </message>
    <message>
        <source>The password must be at least {min} characters long.</source>
        <translation>Пароль должен быть не короче {min} символов.</translation>
    </message>
    <message>
        <source>The password must be at most {max} characters long.</source>
        <translation>Пароль должен быть не длиннее {max} символов.</translation>
    </message>
    <message>
        <source>The password must not be the same as the username.</source>
        <translation>Пароль не должен совпадать с логином.</translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation>Пароль не должен состоять из одного повторяющегося символа.</translation>
    </message>
    <message>
        <source>This is not the current password; type your current password again.</source>
        <translation>Это не текущий пароль; введите текущий пароль ещё раз.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation>Запрос не может быть выполнен.</translation>
    </message>
    <message>
        <source>{fields}</source>
        <translation>{fields}</translation>
    </message>
    <message>
        <source>It was not found; it may have been deleted. Refresh the list.</source>
        <translation>Не найдено; возможно, это уже удалено. Обновите список.</translation>
    </message>
    <message>
        <source>This cannot be done in the current state; refresh and try again.</source>
        <translation>В текущем состоянии это невозможно; обновите данные и повторите.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
        <source>Your role does not allow this; ask an administrator.</source>
        <translation>Ваша роль этого не позволяет; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>simdesk cannot continue with this configuration. Details are in the log file.</source>
        <translation>simdesk не может продолжить работу с такой конфигурацией. Подробности — в журнале.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>База данных занята: в неё записывает другая программа. Ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on {path} and try again.</source>
        <translation>Диск заполнен: освободите место на диске, где находится {path}, и повторите попытку.</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only folder, file or disk): nothing can be saved. Make them writable for this user and start simdesk again.</source>
        <translation>В базу данных нельзя записывать (папка, файл или диск доступны только для чтения): ничего не сохранится. Разрешите запись для этого пользователя и запустите simdesk заново.</translation>
    </message>
    <message>
        <source>Code {raw}: {problem}</source>
        <translation>Код {raw}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was changed: some codes are not valid.
{problems}</source>
        <translation>Ничего не изменено: некоторые коды неверны.
{problems}</translation>
    </message>
    <message>
        <source>The SIM card does not exist; it may have been deleted. Refresh the list.</source>
        <translation>Такой SIM-карты нет; возможно, её удалили. Обновите список.</translation>
    </message>
    <message>
        <source>Nothing was changed: cards not found: {count}.
{problems}</source>
        <translation>Ничего не изменено: не найдено SIM-карт: {count}.
{problems}</translation>
    </message>
    <message>
        <source>Nothing was changed: the cards cannot be changed this way.</source>
        <translation>Ничего не изменено: эти SIM-карты так изменить нельзя.</translation>
    </message>
    <message>
        <source>Nothing was changed: cards that cannot be changed this way: {count}.
{problems}</source>
        <translation>Ничего не изменено: SIM-карт, которые так изменить нельзя: {count}.
{problems}</translation>
    </message>
    <message>
        <source>Phone {raw}: {problem}</source>
        <translation>Телефон {raw}: {problem}</translation>
    </message>
    <message>
        <source>Code {code} is already stored; each card is stored once.</source>
        <translation>Код {code} уже есть в базе; каждая SIM-карта хранится один раз.</translation>
    </message>
    <message>
        <source>Card {code} is sold: a sold card cannot be changed or deleted.</source>
        <translation>SIM-карта {code} продана: проданную SIM-карту нельзя изменить или удалить.</translation>
    </message>
    <message>
        <source>The list is empty; scan at least one card.</source>
        <translation>Список пуст; отсканируйте хотя бы одну SIM-карту.</translation>
    </message>
    <message>
        <source>Nothing was handed over: {count} card(s) cannot go ({codes}). Remove them from the list and confirm again.</source>
        <translation>Ничего не передано: {count} SIM-карт(ы) передать нельзя ({codes}). Уберите их из списка и подтвердите снова.</translation>
    </message>
    <message>
        <source>Hand-over act {act} does not exist.</source>
        <translation>Акта приёма-передачи № {act} нет.</translation>
    </message>
    <message>
        <source>A hand-over goes to a shop or back from it; nothing else.</source>
        <translation>Передача возможна только в магазин или обратно из магазина.</translation>
    </message>
    <message>
        <source>Not enough cards in stock: {available} available, {requested} asked for. Add cards or ask for fewer.</source>
        <translation>Недостаточно SIM-карт в наличии: есть {available}, запрошено {requested}. Добавьте SIM-карты или запросите меньше.</translation>
    </message>
    <message>
        <source>Choose the cards one way: by ids, by codes or by a range.</source>
        <translation>Выберите SIM-карты одним способом: по номерам, по кодам или диапазоном.</translation>
    </message>
    <message>
        <source>No cards were given; choose at least one card.</source>
        <translation>SIM-карты не указаны; выберите хотя бы одну.</translation>
    </message>
    <message>
        <source>Give either a count or a last code for the range.</source>
        <translation>Укажите для диапазона либо количество, либо последний код.</translation>
    </message>
    <message>
        <source>The count must be at least 1 (got {count}).</source>
        <translation>Количество должно быть не меньше 1 (указано {count}).</translation>
    </message>
    <message>
        <source>The last code {last} has {digits} digits but the first has {width}; both ends of a range have the same length.</source>
        <translation>В последнем коде {last} цифр: {digits}, а в первом — {width}; оба конца диапазона одной длины.</translation>
    </message>
    <message>
        <source>Counting {count} codes up from {first} runs past the last {width}-digit ICCID; ask for fewer.</source>
        <translation>{count} кодов от {first} выходят за последний ICCID из {width} цифр; запросите меньше.</translation>
    </message>
    <message>
        <source>The last code {last} comes before the first code {first}; swap them.</source>
        <translation>Последний код {last} меньше первого {first}; поменяйте их местами.</translation>
    </message>
    <message>
        <source>The range holds {count} codes; at most {max} are taken at once. Split it into smaller packs.</source>
        <translation>В диапазоне {count} кодов; за раз принимается не больше {max}. Разбейте его на меньшие пачки.</translation>
    </message>
    <message>
        <source>The shop does not exist; it may have been deleted. Refresh the list.</source>
        <translation>Такого магазина нет; возможно, его удалили. Обновите список.</translation>
    </message>
    <message>
        <source>More than one shop has this name; choose the shop from the list.</source>
        <translation>Магазинов с таким названием несколько; выберите магазин из списка.</translation>
    </message>
    <message>
        <source>A shop named {name} already exists; give this one another name (for example add the street or district).</source>
        <translation>Магазин «{name}» уже есть; дайте этому другое название (например, добавьте улицу или район).</translation>
    </message>
    <message>
        <source>The shop {name} is archived; unarchive it or choose another shop.</source>
        <translation>Магазин «{name}» в архиве; верните его из архива или выберите другой магазин.</translation>
    </message>
    <message>
        <source>The shop still holds cards: {assigned} unsold, {sold} sold. Return or move the unsold cards; a shop with sales can only be archived.</source>
        <translation>За магазином ещё есть SIM-карты: непроданных — {assigned}, проданных — {sold}. Верните или переместите непроданные; магазин с продажами можно только отправить в архив.</translation>
    </message>
    <message>
        <source>The shop still holds unsold cards: {assigned}. Return them to stock or move them to another shop, then archive it.</source>
        <translation>За магазином ещё закреплены непроданные SIM-карты: {assigned}. Верните их на склад или передайте другому магазину, затем отправьте его в архив.</translation>
    </message>
    <message>
        <source>This shop has held cards, and the history keeps its name: it cannot be deleted. Archive it instead; it can be brought back later.</source>
        <translation>За этим магазином уже были закреплены SIM-карты, и история хранит его название: удалить его нельзя. Отправьте его в архив — позже его можно вернуть.</translation>
    </message>
    <message>
        <source>{problem} Choose another name.</source>
        <translation>{problem} Выберите другое имя.</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} Choose a longer, less predictable one.</source>
        <translation>{problem} Выберите более длинный и менее предсказуемый.</translation>
    </message>
    <message>
        <source>The user {name} already exists; choose another name.</source>
        <translation>Пользователь {name} уже есть; выберите другое имя.</translation>
    </message>
    <message>
        <source>The user was not found; it may have been deleted. Refresh the list of users.</source>
        <translation>Пользователь не найден; возможно, его удалили. Обновите список пользователей.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator; make another user an active administrator first.</source>
        <translation>{name} — последний активный администратор; сначала сделайте активным администратором другого пользователя.</translation>
    </message>
    <message>
        <source>The password was changed by someone else meanwhile; log in again and retry.</source>
        <translation>Тем временем пароль изменил кто-то другой; войдите заново и повторите.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator to enable it.</source>
        <translation>Эта учётная запись отключена; попросите администратора включить её.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {retry_after} s and try again.</source>
        <translation>Слишком много неверных паролей: подождите {retry_after} с и повторите.</translation>
    </message>
    <message>
        <source>The login is not valid; log in again.</source>
        <translation>Вход недействителен; войдите заново.</translation>
    </message>
    <message>
        <source>The login was ended (logged out); log in again.</source>
        <translation>Сеанс завершён (выход из системы); войдите заново.</translation>
    </message>
    <message>
        <source>The login has expired; log in again.</source>
        <translation>Срок входа истёк; войдите заново.</translation>
    </message>
    <message>
        <source>Settings not saved: {fields}</source>
        <translation>Настройки не сохранены: {fields}</translation>
    </message>
    <message>
        <source>This setting is unknown to this version of simdesk.</source>
        <translation>Эта настройка неизвестна этой версии simdesk.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that it exists, is a file and not a folder, is not open in another program, and is a CSV, Excel (.xlsx) or text file.</source>
        <translation>Файл {path} не удалось прочитать. Проверьте, что он существует, что это файл, а не папка, что он не открыт в другой программе и что это файл CSV, Excel (.xlsx) или текстовый.</translation>
    </message>
    <message>
        <source>The file holds no SIM card codes; choose another file.</source>
        <translation>В файле нет кодов SIM-карт; выберите другой файл.</translation>
    </message>
    <message>
        <source>No column of SIM card codes found in {path}; put the codes in the first column or name the column “code” or “iccid”.</source>
        <translation>В {path} не найден столбец с кодами SIM-карт; поместите коды в первый столбец или назовите столбец «code» или «iccid».</translation>
    </message>
    <message>
        <source>The file has more than {maxRows} rows; split it into files of at most {maxRows} rows.</source>
        <translation>В файле больше {maxRows} строк; разделите его на файлы не больше чем по {maxRows} строк.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>This is simdesk's live database; choose another file name.</source>
        <translation>Это рабочая база данных simdesk; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>This is a working file of simdesk's live database {database}; choose another file name.</source>
        <translation>Это служебный файл рабочей базы данных simdesk {database}; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>This is the file being read; choose another file name for what is written.</source>
        <translation>Это файл, который сейчас читается; для записи выберите другое имя файла.</translation>
    </message>
    <message>
        <source>This is inside simdesk's backups folder {folder}, which keeps only backups; choose another folder.</source>
        <translation>Это папка резервных копий simdesk {folder}, в ней хранятся только резервные копии; выберите другую папку.</translation>
    </message>
    <message>
        <source>This is a backup in simdesk's backups folder; choose a new file name so that it is kept.</source>
        <translation>Это резервная копия в папке резервных копий simdesk; выберите новое имя файла, чтобы она сохранилась.</translation>
    </message>
    <message>
        <source>This is the copy of the old server's database taken before its conversion, which simdesk never writes over; choose another file name.</source>
        <translation>Это копия базы данных старого сервера, сделанная перед преобразованием; simdesk никогда не записывает поверх неё, выберите другое имя файла.</translation>
    </message>
    <message>
        <source>This is an existing SQLite database (another data folder's, a backup or another program's), which simdesk never writes over; choose another file name.</source>
        <translation>Это существующая база данных SQLite (другой папки данных, резервная копия или база другой программы); simdesk никогда не записывает поверх неё, выберите другое имя файла.</translation>
    </message>
    <message>
        <source>This is a working file of the SQLite database {database}; choose another file name.</source>
        <translation>Это служебный файл базы данных SQLite {database}; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>{path} does not exist or is a folder; choose a file name in an existing folder for the export.</source>
        <translation>{path} не существует или это папка; выберите для выгрузки имя файла в существующей папке.</translation>
    </message>
    <message>
        <source>Cannot write {path}: close the file if it is open in Excel, or choose another folder or name.</source>
        <translation>Не удалось записать {path}: закройте файл, если он открыт в Excel, или выберите другую папку или имя.</translation>
    </message>
    <message>
        <source>The table has more rows than an Excel sheet holds; export it as CSV instead.</source>
        <translation>В таблице больше строк, чем помещается на лист Excel; выгрузите её в CSV.</translation>
    </message>
    <message>
        <source>This table cannot be exported.</source>
        <translation>Эту таблицу нельзя выгрузить.</translation>
    </message>
    <message>
        <source>Choose CSV or Excel (.xlsx) for the export.</source>
        <translation>Для выгрузки выберите CSV или Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The backup could not be made; finish the current operation and try again.</source>
        <translation>Резервную копию сделать не удалось; завершите текущую операцию и повторите.</translation>
    </message>
    <message>
        <source>Backup and restore work only with the SQLite database; for PostgreSQL use the server's own tools.</source>
        <translation>Резервное копирование и восстановление работают только с базой SQLite; для PostgreSQL используйте средства сервера.</translation>
    </message>
    <message>
        <source>{path} is not a simdesk backup: {problem} Choose a file written by “Back up”.</source>
        <translation>{path} — не резервная копия simdesk: {problem} Выберите файл, записанный командой «Резервная копия».</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файла нет.</translation>
    </message>
    <message>
        <source>It is not a file.</source>
        <translation>Это не файл.</translation>
    </message>
    <message>
        <source>It cannot be read ({detail}).</source>
        <translation>Его не удалось прочитать ({detail}).</translation>
    </message>
    <message>
        <source>It is not an SQLite database file.</source>
        <translation>Это не файл базы данных SQLite.</translation>
    </message>
    <message>
        <source>It is damaged ({detail}).</source>
        <translation>Он повреждён ({detail}).</translation>
    </message>
    <message>
        <source>It is not a simdesk database (it has no {detail} table).</source>
        <translation>Это не база данных simdesk (в ней нет таблицы {detail}).</translation>
    </message>
    <message>
        <source>It was written by a newer simdesk (schema version {version}; this program knows up to {latest}); install the newer simdesk.</source>
        <translation>Он записан более новой версией simdesk (версия схемы {version}; эта программа знает версии до {latest}); установите новую версию simdesk.</translation>
    </message>
    <message>
        <source>It lacks what a simdesk database has ({detail}): an incomplete or hand-made copy.</source>
        <translation>В нём нет того, что есть в базе данных simdesk ({detail}): это неполная или сделанная вручную копия.</translation>
    </message>
    <message>
        <source>The list of rejected lines could not be written to {path}; choose another folder or name.</source>
        <translation>Список непринятых строк не удалось записать в {path}; выберите другую папку или имя.</translation>
    </message>
    <message>
        <source>The restore failed; the database was left as it was. Close other simdesk windows and servers and try again.</source>
        <translation>Восстановление не удалось; база данных осталась прежней. Закройте другие окна и серверы simdesk и повторите.</translation>
    </message>
    <message>
        <source>The data folder cannot be created; choose another one.</source>
        <translation>Папку данных не удалось создать; выберите другую.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The database needs a driver that is not installed.</source>
        <translation>Для базы данных нужен драйвер, который не установлен.</translation>
    </message>
    <message>
        <source>The database cannot be opened; check the data folder's permissions or the database address.</source>
        <translation>Базу данных не удалось открыть; проверьте права на папку данных или адрес базы.</translation>
    </message>
    <message>
        <source>The database file is damaged or not a SQLite database; restore a backup.</source>
        <translation>Файл базы данных повреждён или это не база SQLite; восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The database address cannot be used.</source>
        <translation>Этот адрес базы данных использовать нельзя.</translation>
    </message>
    <message>
        <source>This database was written by a newer simdesk; install the newer version.</source>
        <translation>Эта база данных записана более новой версией simdesk; установите новую версию.</translation>
    </message>
    <message>
        <source>Only a SQLite database can be a seed database.</source>
        <translation>Исходной базой может быть только база SQLite.</translation>
    </message>
    <message>
        <source>Converting the seed database lost rows, so nothing was changed.</source>
        <translation>При преобразовании исходной базы потерялись строки, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>No status source is configured. Set its address in Settings → Status source.</source>
        <translation>Источник статуса не настроен. Укажите его адрес в Настройки → Источник статуса.</translation>
    </message>
    <message>
        <source>The status source does not answer; check its address in Settings.</source>
        <translation>Источник статусов не отвечает; проверьте его адрес в настройках.</translation>
    </message>
    <message>
        <source>This check run is not known.</source>
        <translation>Такой проверки нет.</translation>
    </message>
    <message>
        <source>An auto-check is already running in another simdesk on this database ({owner}); none was started here. Its results appear here when it ends.</source>
        <translation>Автопроверка уже идёт в другой программе simdesk с этой базой данных ({owner}); здесь новая не запущена. Её результаты появятся здесь, когда она закончится.</translation>
    </message>
    <message>
        <source>This turn of the schedule was already taken by another simdesk.</source>
        <translation>Этот запуск по расписанию уже выполнила другая программа simdesk.</translation>
    </message>
    <message>
        <source>Status checks are shut down (the program is closing).</source>
        <translation>Проверки статусов остановлены (программа закрывается).</translation>
    </message>
    <message>
        <source>The program is closing; nothing new can start.</source>
        <translation>Программа закрывается; ничего нового запустить нельзя.</translation>
    </message>
    <message>
        <source>Port {port} is already in use by another program. Choose another port in Settings.</source>
        <translation>Порт {port} уже занят другой программой. Выберите другой порт в настройках.</translation>
    </message>
    <message>
        <source>The servers' address {host} is not an address of this computer; use 127.0.0.1, or 0.0.0.0 for every network, in Settings.</source>
        <translation>Адрес серверов {host} — не адрес этого компьютера; укажите в настройках 127.0.0.1 или 0.0.0.0 для всех сетей.</translation>
    </message>
    <message>
        <source>The server cannot listen on {host}:{port}; choose another address or port in Settings.</source>
        <translation>Сервер не может принимать запросы на {host}:{port}; выберите другой адрес или порт в настройках.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
</context>
<context>
    <name>source_errors</name>
    <message>
        <source>connection refused: nothing is listening at the status source's address</source>
        <translation>в соединении отказано: по адресу источника статусов ничего не отвечает</translation>
    </message>
    <message>
        <source>could not connect in time (connection timed out)</source>
        <translation>не удалось подключиться вовремя (истекло время соединения)</translation>
    </message>
    <message>
        <source>the status source closed the connection without an answer</source>
        <translation>источник статусов закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>the status source's host name cannot be resolved</source>
        <translation>не удаётся найти имя хоста источника статусов</translation>
    </message>
    <message>
        <source>connection failed: the status source cannot be reached</source>
        <translation>соединение не удалось: источник статусов недоступен</translation>
    </message>
    <message>
        <source>no answer within the deadline of {0} s; the status source is slow or not answering (raise the deadline in Settings if it is only slow)</source>
        <translation>нет ответа за {0} с; источник статусов медленный или не отвечает (если он только медленный, увеличьте время ожидания в настройках)</translation>
    </message>
    <message>
        <source>the status source answered HTTP {0}</source>
        <translation>источник статусов ответил HTTP {0}</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>ответ — не корректный JSON</translation>
    </message>
    <message>
        <source>the answer has no status at '{0}'; set the path of the status in Settings</source>
        <translation>в ответе нет статуса по пути '{0}'; укажите путь к статусу в настройках</translation>
    </message>
    <message>
        <source>card {0} has no phone number, which the status source's address needs; add the phone to the card</source>
        <translation>у SIM-карты {0} нет номера телефона, а он нужен в адресе источника статусов; добавьте телефон к карте</translation>
    </message>
    <message>
        <source>after {0} attempts</source>
        <translation>после попыток: {0}</translation>
    </message>
    <message>
        <source>cut off:</source>
        <translation>прервано:</translation>
    </message>
    <message>
        <source>no such card</source>
        <translation>такой SIM-карты нет</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
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
    <message>
        <source>{0} card(s) added; {1} line(s) refused, see the reasons below.</source>
        <translation>Добавлено SIM-карт: {0}; отклонено строк: {1}, причины ниже.</translation>
    </message>
    <message>
        <source>{0} card(s) added.</source>
        <translation>Добавлено SIM-карт: {0}.</translation>
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
        <source>Not a valid code: {0} ({1})</source>
        <translation>Неверный код: {0} ({1})</translation>
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
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продана</translation>
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
        <source>Last check stopped: {0}</source>
        <translation>Последняя проверка остановлена: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>{0} card(s) newly sold: {1}</source>
        <translation>Новые продажи, SIM-карт: {0}: {1}</translation>
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
        <source>Activation report</source>
        <translation>Отчёт об активациях</translation>
    </message>
    <message>
        <source>{0} card(s) now sold, {1} already sold, {2} unknown code(s), {3} invalid line(s).</source>
        <translation>Продано теперь: {0}, уже были проданы: {1}, неизвестных кодов: {2}, ошибочных строк: {3}.</translation>
    </message>
    <message>
        <source>simdesk {0}
Shops, SIM cards and sales for a mobile-operator dealer's office.</source>
        <translation>simdesk {0}
Магазины, SIM-карты и продажи для офиса дилера мобильного оператора.</translation>
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
        <source>Seed web app contract</source>
        <translation>Протокол исходного веб-приложения</translation>
    </message>
    <message>
        <source>Generic HTTP JSON API</source>
        <translation>Универсальный HTTP JSON API</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
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
        <source>Save the changes first: the test uses the saved status source.</source>
        <translation>Сначала сохраните изменения: проверка использует сохранённый источник статуса.</translation>
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
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продана</translation>
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
        <source>Shops</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>{0} shop(s)</source>
        <translation>Магазинов: {0}</translation>
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
    <message>
        <source>{0} card(s)</source>
        <translation>SIM-карт: {0}</translation>
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
        <source>{0} code(s) copied.</source>
        <translation>Скопировано кодов: {0}.</translation>
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
        <source>{0} card(s) deleted.</source>
        <translation>Удалено SIM-карт: {0}.</translation>
    </message>
    <message>
        <source>Deleting cards…</source>
        <translation>SIM-карты удаляются…</translation>
    </message>
    <message>
        <source>Checking {0} card(s)…</source>
        <translation>Проверка SIM-карт: {0}…</translation>
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
    <message>
        <source>{0} card(s) checked: {1} changed, {2} newly sold, {3} error(s).</source>
        <translation>Проверено SIM-карт: {0}; изменилось: {1}, новых продаж: {2}, ошибок: {3}.</translation>
    </message>
    <message>
        <source>Reading the selected cards…</source>
        <translation>Чтение выбранных SIM-карт…</translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>Проверку не удалось запустить.</translation>
    </message>
    <message>
        <source>Checking {0} card(s) in the background…</source>
        <translation>Фоновая проверка SIM-карт: {0}…</translation>
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
        <source>{0} card(s) exported to {1}.</source>
        <translation>Экспортировано SIM-карт: {0} в {1}.</translation>
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
        <source>This code is already stored.</source>
        <translation>Этот код уже сохранён.</translation>
    </message>
    <message>
        <source>A shop with this name already exists; choose another name.</source>
        <translation>Магазин с таким названием уже есть; выберите другое название.</translation>
    </message>
    <message>
        <source>Only {0} card(s) are available in stock.</source>
        <translation>На складе всего {0} SIM-карт(ы).</translation>
    </message>
    <message>
        <source>The shop is archived; unarchive it or choose another shop.</source>
        <translation>Магазин в архиве; верните его из архива или выберите другой магазин.</translation>
    </message>
    <message>
        <source>No status source is configured. Set its address in Settings → Status source.</source>
        <translation>Источник статуса не настроен. Укажите его адрес в Настройки → Источник статуса.</translation>
    </message>
    <message>
        <source>Port {0} is already in use by another program. Choose another port in Settings.</source>
        <translation>Порт {0} уже занят другой программой. Выберите другой порт в настройках.</translation>
    </message>
    <message>
        <source>A sold card cannot be changed or deleted.</source>
        <translation>Проданную SIM-карту нельзя изменить или удалить.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on {0} and try again.</source>
        <translation>Диск заполнен: освободите место на диске, где находится {0}, и повторите попытку.</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only folder, file or disk): nothing can be saved. Make them writable for this user and start simdesk again.</source>
        <translation>В базу данных нельзя записывать (папка, файл или диск доступны только для чтения): ничего не сохранится. Разрешите запись для этого пользователя и запустите simdesk заново.</translation>
    </message>
    <message>
        <source>{0} is a database or one of simdesk's own files (a database, a backup or the copy made before the conversion), which simdesk never writes over; choose another file name.</source>
        <translation>{0} — база данных или собственный файл simdesk (база данных, резервная копия или копия, сделанная перед преобразованием); simdesk не записывает поверх него, выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The file has more than {0} rows; split it into files of at most {0} rows.</source>
        <translation>В файле больше {0} строк; разделите его на файлы не больше чем по {0} строк.</translation>
    </message>
    <message>
        <source>An auto-check is already running in another simdesk on this database ({0}); none was started here. Its results appear here when it ends.</source>
        <translation>Автопроверка уже идёт в другой программе simdesk с этой базой данных ({0}); здесь новая не запущена. Её результаты появятся здесь, когда она закончится.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>База данных занята: в неё записывает другая программа. Ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>This shop has held cards, and the history keeps its name: it cannot be deleted. Archive it instead; it can be brought back later.</source>
        <translation>За этим магазином уже были закреплены SIM-карты, и история хранит его название: удалить его нельзя. Отправьте его в архив — позже его можно вернуть.</translation>
    </message>
    <message>
        <source>The shop still holds {0} unsold and {1} sold card(s). Return or move the unsold cards; a shop with sales can only be archived.</source>
        <translation>В магазине ещё {0} непроданных и {1} проданных SIM-карт. Верните непроданные на склад или передайте в другой магазин; магазин с продажами можно только архивировать.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
</TS>

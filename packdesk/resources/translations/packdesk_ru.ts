<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AdminWidget</name>
        <message>
            <source>Bins</source>
            <translation>Ячейки</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Станции</translation>
        </message>
        <message>
            <source>Store connections</source>
            <translation>Магазины</translation>
        </message>
        <message>
            <source>Boxes and scale</source>
            <translation>Коробки и весы</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Перевозчики</translation>
        </message>
        <message>
            <source>Quality and cards</source>
            <translation>Качество и открытки</translation>
        </message>
    </context>
    <context>
        <name>BenchPictures</name>
        <message>
            <source>Extra parcel &amp;photo</source>
            <translation>Ещё &amp;фото посылки</translation>
        </message>
        <message>
            <source>Order &amp;history…</source>
            <translation>&amp;История заказа…</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Нет фото</translation>
        </message>
        <message>
            <source>No order in hand to photograph</source>
            <translation>Нет заказа в работе для фото</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Камера</translation>
        </message>
        <message>
            <source>Camera ready: {name}</source>
            <translation>Камера готова: {name}</translation>
        </message>
        <message>
            <source>No camera</source>
            <translation>Нет камеры</translation>
        </message>
        <message>
            <source>Photo of {number} kept: {path}</source>
            <translation>Фото {number} сохранено: {path}</translation>
        </message>
        <message>
            <source>No photo of {number}: {reason}</source>
            <translation>Нет фото {number}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <source>Bin</source>
            <translation>Ячейка</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Зона</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активна</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>выведена</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Единиц</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Filter bins, zones or SKUs…</source>
            <translation>Фильтр: ячейка, зона или артикул…</translation>
        </message>
        <message>
            <source>Add bin…</source>
            <translation>Добавить ячейку…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Вывести</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Импорт CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт CSV…</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Если строка с ошибкой: не загружать ничего</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Если строка с ошибкой: загрузить верные строки</translation>
        </message>
        <message>
            <source>Labels as PDF file…</source>
            <translation>Этикетки в PDF…</translation>
        </message>
        <message>
            <source>Print labels of selected bins</source>
            <translation>Печать этикеток выбранных ячеек</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Set quantity in selected bin</source>
            <translation>Задать количество в ячейке</translation>
        </message>
        <message>
            <source>Products in the bin</source>
            <translation>Товары в ячейке</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Артикул:</translation>
        </message>
        <message>
            <source>Quantity (0 removes):</source>
            <translation>Количество (0 — убрать):</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Отчёт об импорте</translation>
        </message>
        <message>
            <source>Labels to {station} ({address})</source>
            <translation>Этикетки на {station} ({address})</translation>
        </message>
        <message>
            <source>Bin {code} added</source>
            <translation>Ячейка {code} добавлена</translation>
        </message>
        <message>
            <source>Bin is now {code}: print its new label</source>
            <translation>Теперь ячейка {code}: распечатайте новую этикетку</translation>
        </message>
        <message>
            <source>{bin} now holds {quantity} of {sku}</source>
            <translation>В {bin} теперь {quantity} шт. {sku}</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Строка {line}: {error}</translation>
        </message>
        <message>
            <source>Bins exported to {file}</source>
            <translation>Ячейки выгружены в {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) saved to {file}</source>
            <translation>
                <numerusform>%n этикетка сохранена в {file}</numerusform>
                <numerusform>%n этикетки сохранены в {file}</numerusform>
                <numerusform>%n этикеток сохранено в {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) sent to {printer}</source>
            <translation>
                <numerusform>%n этикетка отправлена на {printer}</numerusform>
                <numerusform>%n этикетки отправлены на {printer}</numerusform>
                <numerusform>%n этикеток отправлено на {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>Add bin</source>
            <translation>Новая ячейка</translation>
        </message>
        <message>
            <source>Bin code (zone-aisle-shelf-position, e.g. A-03-2-B):</source>
            <translation>Код ячейки (зона-ряд-полка-место, напр. A-03-2-B):</translation>
        </message>
        <message>
            <source>Select one or more bins first</source>
            <translation>Сначала выберите ячейки</translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) reactivated</source>
            <translation>
                <numerusform>%n ячейка возвращена</numerusform>
                <numerusform>%n ячейки возвращены</numerusform>
                <numerusform>%n ячеек возвращено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) retired</source>
            <translation>
                <numerusform>%n ячейка выведена</numerusform>
                <numerusform>%n ячейки выведены</numerusform>
                <numerusform>%n ячеек выведено</numerusform>
            </translation>
        </message>
        <message>
            <source>Select exactly one bin to set its stock</source>
            <translation>Выберите одну ячейку, чтобы задать остаток</translation>
        </message>
        <message>
            <source>Import bins</source>
            <translation>Импорт ячеек</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Export bins</source>
            <translation>Экспорт ячеек</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Select the bins whose labels you want</source>
            <translation>Выберите ячейки для этикеток</translation>
        </message>
        <message>
            <source>Save bin labels</source>
            <translation>Сохранить этикетки ячеек</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BoxesPage</name>
        <message>
            <source>Box</source>
            <translation>Коробка</translation>
        </message>
        <message>
            <source>Inner size (mm)</source>
            <translation>Внутр. размер (мм)</translation>
        </message>
        <message>
            <source>Tare (g)</source>
            <translation>Тара (г)</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <source>Learned weight: SKU</source>
            <translation>Запомненный вес: SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Граммы</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>не учитывается</translation>
        </message>
        <message>
            <source>Save box</source>
            <translation>Сохранить коробку</translation>
        </message>
        <message>
            <source>Remove box</source>
            <translation>Удалить коробку</translation>
        </message>
        <message>
            <source>Save tolerance</source>
            <translation>Сохранить допуск</translation>
        </message>
        <message>
            <source>Accept learned weight</source>
            <translation>Принять запомненный вес</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>/dev/ttyUSB0, COM4 (empty: no scale)</source>
            <translation>/dev/ttyUSB0, COM4 (пусто: без весов)</translation>
        </message>
        <message>
            <source>Continuous output</source>
            <translation>Непрерывный вывод</translation>
        </message>
        <message>
            <source>Save scale</source>
            <translation>Сохранить весы</translation>
        </message>
        <message>
            <source>Test read</source>
            <translation>Пробное чтение</translation>
        </message>
        <message>
            <source>Box preset</source>
            <translation>Шаблон коробки</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Код:</translation>
        </message>
        <message>
            <source>Inner length:</source>
            <translation>Внутр. длина:</translation>
        </message>
        <message>
            <source>Inner width:</source>
            <translation>Внутр. ширина:</translation>
        </message>
        <message>
            <source>Inner height:</source>
            <translation>Внутр. высота:</translation>
        </message>
        <message>
            <source>Tare:</source>
            <translation>Тара:</translation>
        </message>
        <message>
            <source>Barcode:</source>
            <translation>Штрихкод:</translation>
        </message>
        <message>
            <source>Stock:</source>
            <translation>Остаток:</translation>
        </message>
        <message>
            <source>Weight check</source>
            <translation>Проверка веса</translation>
        </message>
        <message>
            <source>Tolerance:</source>
            <translation>Допуск:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>Не менее:</translation>
        </message>
        <message>
            <source>Dunnage allowance:</source>
            <translation>Запас на наполнитель:</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Весы</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Станция:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Порт:</translation>
        </message>
        <message>
            <source>Protocol:</source>
            <translation>Протокол:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Скорость (бод):</translation>
        </message>
        <message>
            <source>Box {code} saved</source>
            <translation>Коробка {code} сохранена</translation>
        </message>
        <message>
            <source>Box {code} removed</source>
            <translation>Коробка {code} удалена</translation>
        </message>
        <message>
            <source>Weight tolerance saved</source>
            <translation>Допуск веса сохранён</translation>
        </message>
        <message>
            <source>Select a learned weight first</source>
            <translation>Сначала выберите запомненный вес</translation>
        </message>
        <message>
            <source>{sku}: learned weight done</source>
            <translation>{sku}: запомненный вес обработан</translation>
        </message>
        <message>
            <source>Add a station first (Stations page)</source>
            <translation>Сначала добавьте станцию (страница «Станции»)</translation>
        </message>
        <message>
            <source>Scale of {station} saved</source>
            <translation>Весы станции {station} сохранены</translation>
        </message>
        <message>
            <source>Reading the scale…</source>
            <translation>Чтение весов…</translation>
        </message>
        <message>
            <source>{grams} g, steady</source>
            <translation>{grams} г, стабильно</translation>
        </message>
        <message>
            <source>{grams} g, still moving</source>
            <translation>{grams} г, ещё колеблется</translation>
        </message>
    </context>
    <context>
        <name>CarriersPage</name>
        <message>
            <source>Buy through EasyPost</source>
            <translation>Купить через EasyPost</translation>
        </message>
        <message>
            <source>Buy from DHL Express</source>
            <translation>Купить у DHL Express</translation>
        </message>
        <message>
            <source>Scan the carrier's label</source>
            <translation>Сканировать этикетку перевозчика</translation>
        </message>
        <message>
            <source>Our own label</source>
            <translation>Наша собственная этикетка</translation>
        </message>
        <message>
            <source>Store shipping method</source>
            <translation>Способ доставки магазина</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Этикетка</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Перевозчик</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>cheapest by the ship-by date</source>
            <translation>самая дешёвая к дате отправки</translation>
        </message>
        <message>
            <source>Own-label carrier</source>
            <translation>Перевозчик (своя этикетка)</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Следующий номер</translation>
        </message>
        <message>
            <source>as the store names it; * for every other</source>
            <translation>как его называет магазин; * для всех остальных</translation>
        </message>
        <message>
            <source>USPS, UPS, posten, latvijas_pasts…</source>
            <translation>USPS, UPS, posten, latvijas_pasts…</translation>
        </message>
        <message>
            <source>empty: the cheapest by the ship-by date</source>
            <translation>пусто: самая дешёвая к дате отправки</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Сохранить соответствие</translation>
        </message>
        <message>
            <source>Remove mapping</source>
            <translation>Удалить соответствие</translation>
        </message>
        <message>
            <source>Save ship-from address</source>
            <translation>Сохранить адрес отправителя</translation>
        </message>
        <message>
            <source>Save number sequence</source>
            <translation>Сохранить нумерацию</translation>
        </message>
        <message>
            <source>Shipping method</source>
            <translation>Способ доставки</translation>
        </message>
        <message>
            <source>Store method:</source>
            <translation>Способ магазина:</translation>
        </message>
        <message>
            <source>Label comes from:</source>
            <translation>Этикетка из:</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Перевозчик:</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Услуга:</translation>
        </message>
        <message>
            <source>Ship-from address</source>
            <translation>Адрес отправителя</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Станция:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Компания:</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Улица:</translation>
        </message>
        <message>
            <source>Street, line 2:</source>
            <translation>Улица, строка 2:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Город:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Регион:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Почтовый индекс:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Страна:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Телефон:</translation>
        </message>
        <message>
            <source>Own-label numbers</source>
            <translation>Номера своих этикеток</translation>
        </message>
        <message>
            <source>Prefix:</source>
            <translation>Префикс:</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>Следующий номер:</translation>
        </message>
        <message>
            <source>Digits:</source>
            <translation>Цифр:</translation>
        </message>
        <message>
            <source>Every station without its own</source>
            <translation>Все станции без своего адреса</translation>
        </message>
        <message>
            <source>Shipping method {method} mapped</source>
            <translation>Способ доставки {method} сопоставлен</translation>
        </message>
        <message>
            <source>Shipping method {method} removed</source>
            <translation>Способ доставки {method} удалён</translation>
        </message>
        <message>
            <source>Ship-from address of {station} saved</source>
            <translation>Адрес отправителя станции {station} сохранён</translation>
        </message>
        <message>
            <source>{carrier}: next own label {example}</source>
            <translation>{carrier}: следующая своя этикетка {example}</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>{attribute} {ordered} → {requested}</source>
            <translation>{attribute} {ordered} → {requested}</translation>
        </message>
        <message>
            <source>{number}   {asks}</source>
            <translation>{number}   {asks}</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>This shift</source>
            <translation>Эта смена</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Упаковщик</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <source>Hour of day</source>
            <translation>Час</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source> orders/h</source>
            <translation> зак./ч</translation>
        </message>
        <message>
            <source>Orders per hour you expect of one packer</source>
            <translation>Сколько заказов в час ждём от одного упаковщика</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт CSV…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>По:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Норма:</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Отложен</translation>
        </message>
        <message>
            <source>Ship as &amp;packed</source>
            <translation>Отгрузить как &amp;упаковано</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: go on with what was packed (the store is told only the units packed)</source>
            <translation>Магазин изменил этот заказ после начала сборки: продолжайте с тем, что упаковано (магазину сообщат только об упакованных единицах)</translation>
        </message>
        <message>
            <source>&amp;Re-pick</source>
            <translation>&amp;Собрать заново</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: put the picked units back in their bins and start it over with the store's lines at the next pull</source>
            <translation>Магазин изменил заказ после начала сборки: верните собранные товары в ячейки и начните заново с позициями магазина при следующей загрузке</translation>
        </message>
        <message>
            <source>Orders shipped per hour</source>
            <translation>Отгружено заказов в час</translation>
        </message>
        <message>
            <source>Orders per hour by packer</source>
            <translation>Заказов в час по упаковщикам</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Обновление…</translation>
        </message>
        <message numerus="yes">
            <source>On hold: %n order(s)</source>
            <translation>
                <numerusform>Отложен %n заказ</numerusform>
                <numerusform>Отложено %n заказа</numerusform>
                <numerusform>Отложено %n заказов</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · updated {time}</source>
            <translation>{period} · обновлено {time}</translation>
        </message>
        <message>
            <source>Figures not updated: {error}</source>
            <translation>Цифры не обновлены: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{number} starts over: %n unit(s) back in their bins; the next pull brings the store's lines</source>
            <translation>
                <numerusform>{number} заново: %n товар возвращён в ячейки; следующая загрузка принесёт позиции магазина</numerusform>
                <numerusform>{number} заново: %n товара возвращены в ячейки; следующая загрузка принесёт позиции магазина</numerusform>
                <numerusform>{number} заново: %n товаров возвращены в ячейки; следующая загрузка принесёт позиции магазина</numerusform>
            </translation>
        </message>
        <message>
            <source>Not changed: {message}</source>
            <translation>Не изменено: {message}</translation>
        </message>
        <message>
            <source>Target not saved: {error}</source>
            <translation>Норма не сохранена: {error}</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Выгружено в {file}</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Не выгружено: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Team target (%n packer(s))</source>
            <translation>
                <numerusform>Норма смены (%n упаковщик)</numerusform>
                <numerusform>Норма смены (%n упаковщика)</numerusform>
                <numerusform>Норма смены (%n упаковщиков)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export figures</source>
            <translation>Выгрузить цифры</translation>
        </message>
        <message>
            <source>{number} goes on as packed</source>
            <translation>{number}: продолжаем как упаковано</translation>
        </message>
        <message>
            <source>Not changed: {error}</source>
            <translation>Не изменено: {error}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Orders shipped</source>
            <translation>Отгружено заказов</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <source>Orders per hour</source>
            <translation>Заказов в час</translation>
        </message>
        <message>
            <source>Target per packer</source>
            <translation>Норма на упаковщика</translation>
        </message>
    </context>
    <context>
        <name>FinishingPage</name>
        <message>
            <source>For</source>
            <translation>Для</translation>
        </message>
        <message>
            <source>tag: {tag}</source>
            <translation>метка: {tag}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>or a tag: fragile, electronics…</source>
            <translation>или метка: хрупкое, электроника…</translation>
        </message>
        <message>
            <source>seal intact</source>
            <translation>пломба цела</translation>
        </message>
        <message>
            <source>Add check</source>
            <translation>Добавить проверку</translation>
        </message>
        <message>
            <source>Remove check</source>
            <translation>Удалить проверку</translation>
        </message>
        <message>
            <source>fragile, electronics</source>
            <translation>хрупкое, электроника</translation>
        </message>
        <message>
            <source>Save tags</source>
            <translation>Сохранить метки</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>every order</source>
            <translation>каждый заказ</translation>
        </message>
        <message>
            <source>a customer's first order</source>
            <translation>первый заказ покупателя</translation>
        </message>
        <message>
            <source>orders above the amount</source>
            <translation>заказы дороже суммы</translation>
        </message>
        <message>
            <source>empty: no code on the card</source>
            <translation>пусто: без кода на открытке</translation>
        </message>
        <message>
            <source>Save links and card</source>
            <translation>Сохранить ссылки и открытку</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>Проверка качества</translation>
        </message>
        <message>
            <source>Product SKU:</source>
            <translation>SKU товара:</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Метка:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Проверка:</translation>
        </message>
        <message>
            <source>Tags of SKU:</source>
            <translation>Метки SKU:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Метки:</translation>
        </message>
        <message>
            <source>Slip QR codes ({order}, {token})</source>
            <translation>QR-коды в накладной ({order}, {token})</translation>
        </message>
        <message>
            <source>Review page:</source>
            <translation>Страница отзыва:</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Страница возвратов:</translation>
        </message>
        <message>
            <source>Thank-you card ({name}, {code})</source>
            <translation>Открытка с благодарностью ({name}, {code})</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Печатать для:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Сумма:</translation>
        </message>
        <message>
            <source>Next-order code:</source>
            <translation>Код на следующий заказ:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <source>Check added: {check}</source>
            <translation>Проверка добавлена: {check}</translation>
        </message>
        <message>
            <source>Select a check first</source>
            <translation>Сначала выберите проверку</translation>
        </message>
        <message>
            <source>Check removed: {check}</source>
            <translation>Проверка удалена: {check}</translation>
        </message>
        <message>
            <source>{sku} is tagged: {tags}</source>
            <translation>Метки {sku}: {tags}</translation>
        </message>
        <message>
            <source>Links and card saved</source>
            <translation>Ссылки и открытка сохранены</translation>
        </message>
    </context>
    <context>
        <name>GiftMessageDialog</name>
        <message>
            <source>Gift card message</source>
            <translation>Текст открытки</translation>
        </message>
        <message>
            <source>The card message was read from the customer's note. Check it, correct it if needed, then confirm.</source>
            <translation>Текст открытки взят из комментария клиента. Проверьте, при необходимости исправьте и подтвердите.</translation>
        </message>
        <message>
            <source>Confirm message</source>
            <translation>Подтвердить текст</translation>
        </message>
    </context>
    <context>
        <name>HeldOrdersModel</name>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Held while</source>
            <translation>Отложен на этапе</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Упаковщик</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Станция</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Время (UTC)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Подробно</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>скан</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>фото</translation>
        </message>
        <message>
            <source>shipment</source>
            <translation>отправка</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>packdesk — {station}</source>
            <translation>packdesk — {station}</translation>
        </message>
        <message>
            <source>Scan here — or type a code and press Enter</source>
            <translation>Сканируйте сюда — или введите код и нажмите Enter</translation>
        </message>
        <message>
            <source>Sc&amp;an:</source>
            <translation>&amp;Скан:</translation>
        </message>
        <message>
            <source>Station {name} is ready</source>
            <translation>Станция {name} готова</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Станция</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Отменить последний скан</translation>
        </message>
        <message>
            <source>&amp;Batch pick (several small orders)</source>
            <translation>&amp;Пакетная сборка (несколько мелких заказов)</translation>
        </message>
        <message>
            <source>Back to the &amp;station screen</source>
            <translation>&amp;Назад к экрану станции</translation>
        </message>
        <message>
            <source>Back to the &amp;scan field</source>
            <translation>К полю с&amp;кана</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Выйти</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>С&amp;тарший</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Показатели</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>&amp;Администрирование</translation>
        </message>
        <message>
            <source>&amp;Note conflicts</source>
            <translation>&amp;Расхождения с комментарием</translation>
        </message>
        <message>
            <source>The database cannot be reached, so nothing was recorded: try again in a moment (the status bar shows when it is back)</source>
            <translation>Нет связи с базой, ничего не записано: повторите чуть позже (строка состояния покажет, когда связь вернётся)</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Что-то пошло не так: {error}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Не выполнено</translation>
        </message>
        <message>
            <source>the badge</source>
            <translation>бейдж</translation>
        </message>
        <message>
            <source>The database cannot be reached: scan {code} again when the status bar shows it is back</source>
            <translation>Нет связи с базой: отсканируйте {code} ещё раз, когда связь вернётся</translation>
        </message>
        <message>
            <source>{code}: {error} — scan it again</source>
            <translation>{code}: {error} — сканируйте ещё раз</translation>
        </message>
        <message>
            <source>Scan NOT recorded</source>
            <translation>Скан НЕ записан</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <source>Order complete, but printing failed</source>
            <translation>Заказ собран, но печать не прошла</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint (F7)</source>
            <translation>— проверьте принтер и напечатайте снова (F7)</translation>
        </message>
        <message>
            <source>&amp;Next order</source>
            <translation>&amp;Следующий заказ</translation>
        </message>
        <message>
            <source>Admin &amp;area</source>
            <translation>Раздел &amp;администрирования</translation>
        </message>
        <message>
            <source>&amp;Returns at the bench</source>
            <translation>&amp;Возвраты на столе</translation>
        </message>
        <message>
            <source>&amp;Returns by reason and product</source>
            <translation>&amp;Возвраты по причинам и товарам</translation>
        </message>
        <message>
            <source>Take the &amp;next order after each shipment</source>
            <translation>Брать &amp;следующий заказ после каждой отгрузки</translation>
        </message>
        <message>
            <source>Where the picker is the packer, the next order is taken by itself once an order ships</source>
            <translation>Где сборщик сам и упаковывает, следующий заказ берётся сам, как только заказ отгружен</translation>
        </message>
        <message>
            <source>&amp;Bins</source>
            <translation>&amp;Ячейки</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>&amp;Товары</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Сотрудники</translation>
        </message>
        <message>
            <source>S&amp;tations</source>
            <translation>С&amp;танции</translation>
        </message>
        <message>
            <source>Store &amp;connections</source>
            <translation>&amp;Магазины</translation>
        </message>
        <message>
            <source>The tracking field already holds {typed}</source>
            <translation>В поле трек-номера уже есть {typed}</translation>
        </message>
        <message>
            <source>Scanned {code}: clear the field first to use it instead</source>
            <translation>Отсканировано {code}: сначала очистите поле, чтобы взять этот номер</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Здравствуйте, {name}</translation>
        </message>
        <message>
            <source>A badge: switch user?</source>
            <translation>Бейдж: сменить сотрудника?</translation>
        </message>
        <message>
            <source>Scan the same badge again to sign in with it; order {number} stays at this station</source>
            <translation>Сканируйте этот бейдж ещё раз, чтобы войти под ним; заказ {number} останется на этой станции</translation>
        </message>
        <message>
            <source>Order {number} resumed at bin {step} of {steps}</source>
            <translation>Заказ {number} продолжен с ячейки {step} из {steps}</translation>
        </message>
        <message>
            <source>Order {number} resumed at packing: {done} of {units} items checked</source>
            <translation>Заказ {number} продолжен на упаковке: проверено {done} из {units} шт.</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Заказ {number} собран</translation>
        </message>
        <message>
            <source>Scan the box, then put the parcel on the scale</source>
            <translation>Отсканируйте коробку, затем поставьте посылку на весы</translation>
        </message>
        <message>
            <source>Some text cannot print</source>
            <translation>Часть текста не напечатается</translation>
        </message>
        <message>
            <source>— F7 prints anyway, Esc stops</source>
            <translation>— F7 печатает всё равно, Esc отменяет</translation>
        </message>
        <message>
            <source>Check the parcel and weigh it again, or a lead scans their badge</source>
            <translation>Проверьте посылку и взвесьте снова или старший сканирует бейдж</translation>
        </message>
        <message>
            <source>Parcel weighed</source>
            <translation>Посылка взвешена</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Прочитайте комментарий клиента, затем F6: накладная и этикетка печатаются после этого</translation>
        </message>
        <message>
            <source>— fix the printer, then Reprint label</source>
            <translation>— проверьте принтер, затем «Ещё раз этикетку»</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 — следующий заказ, или сканируйте штрихкод заказа</translation>
        </message>
        <message>
            <source>pick it to the end</source>
            <translation>доберите его до конца</translation>
        </message>
        <message>
            <source>pack and ship it</source>
            <translation>упакуйте и отгрузите его</translation>
        </message>
        <message>
            <source>No new order: order {number} is in hand</source>
            <translation>Новый заказ не взят: в работе заказ {number}</translation>
        </message>
        <message>
            <source>One order at a time: {what} first (F4 shows it)</source>
            <translation>По одному заказу: сначала {what} (F4 — показать)</translation>
        </message>
        <message>
            <source>The queue is empty</source>
            <translation>Очередь пуста</translation>
        </message>
        <message>
            <source>No order is waiting to be packed</source>
            <translation>Нет заказов на упаковку</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>Заказ {number} ваш</translation>
        </message>
        <message>
            <source>Go to the first bin and scan its label</source>
            <translation>Идите к первой ячейке и сканируйте её этикетку</translation>
        </message>
        <message>
            <source>No small orders to batch</source>
            <translation>Нет мелких заказов для пакетной сборки</translation>
        </message>
        <message>
            <source>Take the next order with F2</source>
            <translation>Возьмите следующий заказ клавишей F2</translation>
        </message>
        <message>
            <source>Batch of {count} orders: {numbers}</source>
            <translation>Пакет из {count} заказов: {numbers}</translation>
        </message>
        <message>
            <source>One tote slot per order: the screen shows each item's slot</source>
            <translation>Каждому заказу — своё место в корзине: экран показывает место для каждого товара</translation>
        </message>
        <message>
            <source>Short pick recorded: order {number} is on hold</source>
            <translation>Недостача записана: заказ {number} отложен</translation>
        </message>
        <message>
            <source>{reason}. A lead will see it; put its items aside.</source>
            <translation>{reason}. Старший смены увидит; отложите товары заказа.</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Недостача записана</translation>
        </message>
        <message>
            <source>Another bin holds this item: follow the screen to it</source>
            <translation>Товар есть в другой ячейке: идите туда по экрану</translation>
        </message>
        <message>
            <source>Note acknowledged</source>
            <translation>Комментарий прочитан</translation>
        </message>
        <message>
            <source>Slip and label are printing</source>
            <translation>Накладная и этикетка печатаются</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Подарочный бланк</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Открытка</translation>
        </message>
        <message>
            <source>Wrapping</source>
            <translation>Упаковка в подарок</translation>
        </message>
        <message>
            <source>{step} done</source>
            <translation>{step}: готово</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Печать не прошла</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint</source>
            <translation>— проверьте принтер и напечатайте снова</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Напечатано</translation>
        </message>
        <message>
            <source>Weigh the parcel first</source>
            <translation>Сначала взвесьте посылку</translation>
        </message>
        <message>
            <source>Already printed: reprint?</source>
            <translation>Уже напечатано: напечатать снова?</translation>
        </message>
        <message>
            <source>Press F7 again to print slip and label again, or Reprint slip / Reprint label for one</source>
            <translation>Нажмите F7 ещё раз, чтобы снова напечатать накладную и этикетку, или «Печать накладной» / «Печать этикетки» для одной</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Заказ {number} отгружен</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Трек {tracking} · следующий заказ: F2 или скан</translation>
        </message>
        <message>
            <source>The queue is empty: no order is waiting to be packed</source>
            <translation>Очередь пуста: ни один заказ не ждёт упаковки</translation>
        </message>
        <message>
            <source>Order {number} shipped · next: order {next}</source>
            <translation>Заказ {number} отгружен · следующий: заказ {next}</translation>
        </message>
        <message>
            <source>Reprint the label before shipping (F7)</source>
            <translation>Перепечатайте этикетку перед отгрузкой (F7)</translation>
        </message>
        <message>
            <source>Carrier, weight or tracking changed after the label printed: the label on the parcel must say the same</source>
            <translation>Перевозчик, вес или трек-номер изменились после печати этикетки: этикетка на посылке должна говорить то же</translation>
        </message>
        <message>
            <source>Lead: scan your badge to vouch for this line</source>
            <translation>Старший: сканируйте свой бейдж, чтобы подтвердить строку</translation>
        </message>
        <message>
            <source>{item} — Esc cancels</source>
            <translation>{item} — Esc для отмены</translation>
        </message>
        <message>
            <source>Printing stopped</source>
            <translation>Печать остановлена</translation>
        </message>
        <message>
            <source>Override cancelled</source>
            <translation>Подтверждение отменено</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Order {numbers} is in hand.</source>
            <translation>Заказ {numbers} в работе.</translation>
        </message>
        <message>
            <source>Orders {numbers} are in hand.</source>
            <translation>Заказы {numbers} в работе.</translation>
        </message>
        <message>
            <source>Keep it: it stays at this station, held for {minutes} min, for whoever signs in next. Put it back: any station may take it from the queue; what was picked stays picked.</source>
            <translation>Оставить: заказ остаётся на этом месте, закреплён на {minutes} мин, для следующего, кто войдёт. Вернуть: любое место может взять его из очереди; собранное остаётся собранным.</translation>
        </message>
        <message>
            <source>Keep it here</source>
            <translation>Оставить здесь</translation>
        </message>
        <message>
            <source>Put it back in the queue</source>
            <translation>Вернуть в очередь</translation>
        </message>
        <message>
            <source>The order in hand went back to the queue. {detail}</source>
            <translation>Заказ в работе вернулся в очередь. {detail}</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Вы вышли</translation>
        </message>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Сканируйте бейдж, чтобы войти</translation>
        </message>
        <message>
            <source>Signed out after {minutes} min without activity</source>
            <translation>Выход после {minutes} мин без действий</translation>
        </message>
        <message>
            <source>Scan your badge to sign in again</source>
            <translation>Сканируйте бейдж, чтобы войти снова</translation>
        </message>
        <message>
            <source>Printer: {says}</source>
            <translation>Принтер: {says}</translation>
        </message>
        <message>
            <source>Printer FAILED: {title}</source>
            <translation>ОШИБКА принтера: {title}</translation>
        </message>
        <message>
            <source>Printer holds {title}: {says}</source>
            <translation>Принтер держит {title}: {says}</translation>
        </message>
        <message>
            <source>Printer OK</source>
            <translation>Принтер в порядке</translation>
        </message>
        <message>
            <source>{title} printed</source>
            <translation>{title}: напечатано</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>{title}: {status}</source>
            <translation>{title}: {status}</translation>
        </message>
        <message>
            <source>Not for this role</source>
            <translation>Недоступно для вашей роли</translation>
        </message>
        <message>
            <source>This screen needs a {role}</source>
            <translation>Для этого экрана нужна роль {role}</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Недоступно</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Администрирование</translation>
        </message>
        <message>
            <source>Note conflicts</source>
            <translation>Расхождения с комментарием</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Возвраты</translation>
        </message>
        <message>
            <source>Returns by reason and product</source>
            <translation>Возвраты по причинам и товарам</translation>
        </message>
        <message>
            <source>F4: back to the station screen</source>
            <translation>F4: назад к экрану станции</translation>
        </message>
    </context>
    <context>
        <name>NoteConflictWidget</name>
        <message>
            <source>Notes that ask for another variant</source>
            <translation>Комментарии с просьбой о другом варианте</translation>
        </message>
        <message>
            <source>No order is waiting for a note decision.</source>
            <translation>Нет заказов, ждущих решения по комментарию.</translation>
        </message>
        <message>
            <source>Pack as &amp;ordered</source>
            <translation>Упаковать как в &amp;заказе</translation>
        </message>
        <message>
            <source>Pack as the &amp;note says</source>
            <translation>Упаковать по &amp;комментарию</translation>
        </message>
        <message>
            <source>&amp;Contact the customer</source>
            <translation>Связаться с к&amp;лиентом</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>The customer wrote:</source>
            <translation>Клиент написал:</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Заказ {number}</translation>
        </message>
        <message>
            <source>waiting for the customer</source>
            <translation>ждём ответа клиента</translation>
        </message>
        <message>
            <source>Line {line}: {item} — ordered {attribute} {ordered}, the note asks for {requested}</source>
            <translation>Строка {line}: {item} — заказан {attribute} {ordered}, в комментарии просят {requested}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: pack it as ordered.</source>
            <translation>Заказ {number} возвращается в очередь: упаковать как в заказе.</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: the scanner now expects the variant the note asks for.</source>
            <translation>Заказ {number} возвращается в очередь: сканер теперь ждёт вариант из комментария.</translation>
        </message>
        <message>
            <source>Order {number} stays on hold until the customer answers.</source>
            <translation>Заказ {number} отложен до ответа клиента.</translation>
        </message>
    </context>
    <context>
        <name>NoteRequestsView</name>
        <message>
            <source>Line {line}: the note is unclear about the {what} — read it</source>
            <translation>Строка {line}: в комментарии неясно про {what} — прочитайте</translation>
        </message>
        <message>
            <source>Line {line}: note asked for {what} {value} — {lead} decided: pack as ordered</source>
            <translation>Строка {line}: в комментарии просили {what} {value} — {lead} решил(а): упаковать как в заказе</translation>
        </message>
        <message>
            <source>✓ scanned</source>
            <translation>✓ отсканировано</translation>
        </message>
        <message>
            <source>the scan checks it</source>
            <translation>проверит сканер</translation>
        </message>
        <message>
            <source>Line {line}: note asks for {values} — matches; {check}</source>
            <translation>Строка {line}: в комментарии просят {values} — совпадает; {check}</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryDialog</name>
        <message>
            <source>Order history</source>
            <translation>История заказа</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryWidget</name>
        <message>
            <source>Order number, e.g. #10001</source>
            <translation>Номер заказа, напр. #10001</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>Показать историю</translation>
        </message>
        <message>
            <source>Order {number} ({status}): {scans} scans, {photos} photos</source>
            <translation>Заказ {number} ({status}): сканов: {scans}, фото: {photos}</translation>
        </message>
        <message>
            <source>No parcel photo</source>
            <translation>Нет фото посылки</translation>
        </message>
        <message>
            <source>The photo file is missing</source>
            <translation>Файл фото отсутствует</translation>
        </message>
        <message>
            <source>{moment} photo, {station}, {who}, {at} UTC
SHA-256 {sha}</source>
            <translation>Фото ({moment}), {station}, {who}, {at} UTC
SHA-256 {sha}</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>new</source>
            <translation>новый</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>сборка</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>упаковка</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>упакован</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>отгружен</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>отложен</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
    </context>
    <context>
        <name>PackLineModel</name>
        <message>
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Отсканировано</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Ячейка</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} из {total}</translation>
        </message>
        <message>
            <source>override: {lead}</source>
            <translation>подтвердил(а): {lead}</translation>
        </message>
        <message>
            <source>{count} short</source>
            <translation>не хватает: {count}</translation>
        </message>
        <message>
            <source>pack {sku} (per note)</source>
            <translation>упаковать {sku} (по комментарию)</translation>
        </message>
    </context>
    <context>
        <name>PackScreen</name>
        <message>
            <source>Note from the customer</source>
            <translation>Комментарий клиента</translation>
        </message>
        <message>
            <source>I have read the note  (F6)</source>
            <translation>Комментарий прочитан  (F6)</translation>
        </message>
        <message>
            <source>Gift order</source>
            <translation>Подарочный заказ</translation>
        </message>
        <message>
            <source>1  Gift slip, no prices  (Ctrl+1)</source>
            <translation>1  Подарочный бланк, без цен  (Ctrl+1)</translation>
        </message>
        <message>
            <source>2  Message card in  (Ctrl+2)</source>
            <translation>2  Открытка вложена  (Ctrl+2)</translation>
        </message>
        <message>
            <source>3  Wrapped  (Ctrl+3)</source>
            <translation>3  Упаковано в подарок  (Ctrl+3)</translation>
        </message>
        <message>
            <source>Print message card  (Ctrl+P)</source>
            <translation>Печать открытки  (Ctrl+P)</translation>
        </message>
        <message>
            <source>All checks pass  (Alt+0)</source>
            <translation>Все проверки пройдены  (Alt+0)</translation>
        </message>
        <message>
            <source>A check failed  (F9)</source>
            <translation>Проверка не пройдена  (F9)</translation>
        </message>
        <message>
            <source>Scan the carrier label</source>
            <translation>Отсканируйте этикетку перевозчика</translation>
        </message>
        <message>
            <source>from the printed label</source>
            <translation>с напечатанной этикетки</translation>
        </message>
        <message>
            <source>Print slip + label  (F7)</source>
            <translation>Печать бланка и этикетки  (F7)</translation>
        </message>
        <message>
            <source>Reprint sli&amp;p</source>
            <translation>Ещё раз &amp;бланк</translation>
        </message>
        <message>
            <source>Reprint la&amp;bel</source>
            <translation>Ещё раз &amp;этикетку</translation>
        </message>
        <message>
            <source>Lead override of line  (F8)</source>
            <translation>Подтверждение строки старшим  (F8)</translation>
        </message>
        <message>
            <source>Ship  (F10)</source>
            <translation>Отгрузить  (F10)</translation>
        </message>
        <message>
            <source>&amp;Carrier</source>
            <translation>&amp;Перевозчик</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Вес</translation>
        </message>
        <message>
            <source>&amp;Tracking</source>
            <translation>&amp;Трек</translation>
        </message>
        <message>
            <source>  EXPRESS</source>
            <translation>  ЭКСПРЕСС</translation>
        </message>
        <message>
            <source>Pack order {number} — {ship_to} — {method}</source>
            <translation>Упаковка заказа {number} — {ship_to} — {method}</translation>
        </message>
        <message>
            <source>{done} of {total} items</source>
            <translation>{done} из {total} шт.</translation>
        </message>
        <message>
            <source>Note from the customer — read by {name}</source>
            <translation>Комментарий клиента — прочитал(а) {name}</translation>
        </message>
        <message>
            <source>Note from the customer — read it, then press F6</source>
            <translation>Комментарий клиента — прочитайте и нажмите F6</translation>
        </message>
        <message>
            <source>Check {item} before it goes in the box</source>
            <translation>Проверьте {item}, прежде чем положить в коробку</translation>
        </message>
        <message>
            <source>✓ {check}</source>
            <translation>✓ {check}</translation>
        </message>
        <message>
            <source>{check}  (Alt+{number})</source>
            <translation>{check}  (Alt+{number})</translation>
        </message>
        <message>
            <source>✗ Failed</source>
            <translation>✗ Не пройдена</translation>
        </message>
        <message>
            <source>Ready: scan the label on the parcel to ship it, or Ship (F10)</source>
            <translation>Готово: сканируйте этикетку на посылке, чтобы отгрузить, или Отгрузить (F10)</translation>
        </message>
        <message>
            <source>scan the remaining items</source>
            <translation>сканируйте оставшиеся товары</translation>
        </message>
        <message>
            <source>acknowledge the note (F6)</source>
            <translation>отметьте комментарий прочитанным (F6)</translation>
        </message>
        <message>
            <source>gift slip (Ctrl+1)</source>
            <translation>подарочный бланк (Ctrl+1)</translation>
        </message>
        <message>
            <source>message card (Ctrl+2)</source>
            <translation>открытка (Ctrl+2)</translation>
        </message>
        <message>
            <source>wrap (Ctrl+3)</source>
            <translation>упаковать в подарок (Ctrl+3)</translation>
        </message>
        <message>
            <source>print the label (Reprint label)</source>
            <translation>напечатайте этикетку («Ещё раз этикетку»)</translation>
        </message>
        <message>
            <source>print the label (F7)</source>
            <translation>напечатайте этикетку (F7)</translation>
        </message>
        <message>
            <source>reprint the label: carrier, weight or tracking changed (F7)</source>
            <translation>перепечатайте этикетку: изменились перевозчик, вес или трек-номер (F7)</translation>
        </message>
        <message>
            <source>scan the carrier label into Tracking</source>
            <translation>отсканировать этикетку перевозчика в поле «Трек-номер»</translation>
        </message>
        <message>
            <source>{reason} — a lead's badge lets it ship unpaid</source>
            <translation>{reason} — по бейджу старшего смены можно отправить без оплаты</translation>
        </message>
        <message>
            <source>Still to do: {steps}</source>
            <translation>Осталось: {steps}</translation>
        </message>
    </context>
    <context>
        <name>ParcelPhotographer</name>
        <message>
            <source>No camera</source>
            <translation>Нет камеры</translation>
        </message>
        <message>
            <source>No camera at this station</source>
            <translation>На этой станции нет камеры</translation>
        </message>
    </context>
    <context>
        <name>PickListModel</name>
        <message>
            <source>Bin</source>
            <translation>Ячейка</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Взято</translation>
        </message>
        <message>
            <source>Tote slots</source>
            <translation>Места в корзине</translation>
        </message>
        <message>
            <source>no bin</source>
            <translation>нет ячейки</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} из {total}</translation>
        </message>
        <message>
            <source>slot {slot}: {qty}</source>
            <translation>место {slot}: {qty}</translation>
        </message>
    </context>
    <context>
        <name>PickScreen</name>
        <message>
            <source>Go to bin</source>
            <translation>Идите к ячейке</translation>
        </message>
        <message>
            <source>bin empty</source>
            <translation>ячейка пуста</translation>
        </message>
        <message>
            <source>not enough in bin</source>
            <translation>в ячейке не хватает</translation>
        </message>
        <message>
            <source>item damaged</source>
            <translation>товар повреждён</translation>
        </message>
        <message>
            <source>wrong item in bin</source>
            <translation>в ячейке не тот товар</translation>
        </message>
        <message>
            <source>Short pick  (F9)</source>
            <translation>Недостача  (F9)</translation>
        </message>
        <message>
            <source>The bin does not hold enough: record it and put the order on hold for a lead</source>
            <translation>В ячейке не хватает: запишите недостачу, заказ отложится для старшего</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>Batch pick: {count} orders ({numbers})</source>
            <translation>Пакетная сборка: {count} заказов ({numbers})</translation>
        </message>
        <message>
            <source>Pick order {number}</source>
            <translation>Сборка заказа {number}</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Сборка</translation>
        </message>
        <message>
            <source>Bin {step} of {steps} · {taken} of {units} items</source>
            <translation>Ячейка {step} из {steps} · {taken} из {units} шт.</translation>
        </message>
        <message>
            <source>Everything is picked: go to the packing bench</source>
            <translation>Всё собрано: идите на упаковку</translation>
        </message>
        <message>
            <source>NO BIN</source>
            <translation>НЕТ ЯЧЕЙКИ</translation>
        </message>
        <message>
            <source>Take {count}</source>
            <translation>Взять {count}</translation>
        </message>
        <message>
            <source>No bin holds this item: record a short pick (F9)</source>
            <translation>Этого товара нет ни в одной ячейке: запишите недостачу (F9)</translation>
        </message>
        <message>
            <source>Scan each item ({picked} of {total} taken)</source>
            <translation>Сканируйте каждый товар (взято {picked} из {total})</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Сначала сканируйте этикетку ячейки</translation>
        </message>
        <message>
            <source>{marker}Slot {slot}: {left} × ({number})</source>
            <translation>{marker}Место {slot}: {left} × ({number})</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Вариант</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Штрихкоды</translation>
        </message>
        <message>
            <source>Search SKU, name or scan a barcode…</source>
            <translation>Поиск: артикул, название или скан штрихкода…</translation>
        </message>
        <message>
            <source>EAN/UPC/GTIN or store codes, comma-separated</source>
            <translation>EAN/UPC/GTIN или коды магазина через запятую</translation>
        </message>
        <message>
            <source>for parcels leaving the customs union: 6109.10</source>
            <translation>для посылок, покидающих таможенный союз: 6109.10</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save as new product</source>
            <translation>Сохранить как новый товар</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Если строка с ошибкой: не загружать ничего</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Если строка с ошибкой: загрузить верные строки</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Импорт CSV…</translation>
        </message>
        <message>
            <source>Import from the store's catalogue</source>
            <translation>Загрузить из каталога магазина</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Артикул:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Variant:</source>
            <translation>Вариант:</translation>
        </message>
        <message>
            <source>Barcodes:</source>
            <translation>Штрихкоды:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Вес:</translation>
        </message>
        <message>
            <source>HS code:</source>
            <translation>Код ТН ВЭД:</translation>
        </message>
        <message>
            <source>Made in (country):</source>
            <translation>Страна производства:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Select a product first, or save as a new one</source>
            <translation>Сначала выберите товар или сохраните как новый</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name}: сохранено</translation>
        </message>
        <message>
            <source>Reading the catalogue of {store}…</source>
            <translation>Читаем каталог {store}…</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Строка {line}: {error}</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Импорт товаров</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Set up a store connection first</source>
            <translation>Сначала подключите магазин</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <source>Quality checks failed</source>
            <translation>Непройденные проверки качества</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Failed check</source>
            <translation>Непройденная проверка</translation>
        </message>
        <message>
            <source>Units set aside</source>
            <translation>Отложено единиц</translation>
        </message>
        <message>
            <source>Export quality CSV…</source>
            <translation>Экспорт качества в CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Quality checks failed: %n unit(s)</source>
            <translation>
                <numerusform>Не прошли проверку: %n единица</numerusform>
                <numerusform>Не прошли проверку: %n единицы</numerusform>
                <numerusform>Не прошли проверку: %n единиц</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {error}</source>
            <translation>Не обновлено: {error}</translation>
        </message>
        <message>
            <source>Export quality failures</source>
            <translation>Экспорт непройденных проверок</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Экспортировано в {file}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Отгрузить до</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Доставка</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Gift / note / hold</source>
            <translation>Подарок / комментарий / отложен</translation>
        </message>
        <message>
            <source>At station</source>
            <translation>На станции</translation>
        </message>
        <message>
            <source>On hold: {reason}</source>
            <translation>Отложен: {reason}</translation>
        </message>
        <message>
            <source>gift</source>
            <translation>подарок</translation>
        </message>
        <message>
            <source>note</source>
            <translation>комментарий</translation>
        </message>
        <message>
            <source>held: {reason}</source>
            <translation>отложен: {reason}</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <source>Next order  (F2)</source>
            <translation>Следующий заказ  (F2)</translation>
        </message>
        <message>
            <source>…or scan an order barcode to take that order</source>
            <translation>…или сканируйте штрихкод заказа, чтобы взять его</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Открытые заказы</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>Все заказы</translation>
        </message>
        <message>
            <source>Filter: order, name, country…</source>
            <translation>Фильтр: заказ, имя, страна…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Refresh  (F5)</source>
            <translation>Обновить  (F5)</translation>
        </message>
        <message>
            <source>&amp;Take selected</source>
            <translation>&amp;Взять выбранный</translation>
        </message>
    </context>
    <context>
        <name>RefusedMessagesModel</name>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <source>The store said</source>
            <translation>Ответ магазина</translation>
        </message>
    </context>
    <context>
        <name>ReturnsReportWidget</name>
        <message>
            <source>Returned units</source>
            <translation>Возвращено единиц</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Единиц</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Доля возвратов</translation>
        </message>
        <message>
            <source>Packed by</source>
            <translation>Упаковал</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Возврат денег</translation>
        </message>
        <message>
            <source>Approve the selected refund</source>
            <translation>Одобрить выбранный возврат денег</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Refunds waiting for a lead's approval: %n</source>
            <translation>
                <numerusform>%n возврат денег ждёт одобрения старшего</numerusform>
                <numerusform>%n возврата денег ждут одобрения старшего</numerusform>
                <numerusform>%n возвратов денег ждут одобрения старшего</numerusform>
            </translation>
        </message>
        <message>
            <source>Export returns</source>
            <translation>Экспорт возвратов</translation>
        </message>
    </context>
    <context>
        <name>ReturnsWidget</name>
        <message>
            <source>resellable</source>
            <translation>можно продать</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>вскрыт</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>повреждён</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>не тот товар</translation>
        </message>
        <message>
            <source>Returns: scan the order barcode, the return code or type the order number</source>
            <translation>Возвраты: отсканируйте штрихкод заказа, код возврата или введите номер заказа</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возвращено</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Ячейка</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Отсканировано</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Куда</translation>
        </message>
        <message>
            <source>Reason (the store's list or the customer's words)</source>
            <translation>Причина (из списка магазина или словами клиента)</translation>
        </message>
        <message>
            <source>F10 Close return and refund</source>
            <translation>F10 Закрыть возврат и вернуть деньги</translation>
        </message>
        <message>
            <source>Return receipt (PDF)</source>
            <translation>Квитанция возврата (PDF)</translation>
        </message>
        <message>
            <source>return {code} announced by the store</source>
            <translation>возврат {code} заявлен магазином</translation>
        </message>
        <message>
            <source>not announced by the store: the lead will see it</source>
            <translation>не заявлен магазином: старший увидит</translation>
        </message>
        <message>
            <source>Return of order {number}</source>
            <translation>Возврат заказа {number}</translation>
        </message>
        <message>
            <source>Scan each returned unit; {announced}</source>
            <translation>Отсканируйте каждую возвращённую единицу; {announced}</translation>
        </message>
        <message>
            <source>{sku} received; condition: F5–F8</source>
            <translation>{sku} принят; состояние: F5–F8</translation>
        </message>
        <message>
            <source>sent to the store through the outbox</source>
            <translation>отправлен в магазин через очередь</translation>
        </message>
        <message>
            <source>waits for a lead's approval</source>
            <translation>ждёт одобрения старшего</translation>
        </message>
        <message>
            <source>Return {id} closed: refund {amount} {currency} {status}</source>
            <translation>Возврат {id} закрыт: возврат денег {amount} {currency} {status}</translation>
        </message>
        <message>
            <source>Scan the next order to receive another return</source>
            <translation>Отсканируйте следующий заказ, чтобы принять другой возврат</translation>
        </message>
        <message>
            <source>Save the return receipt</source>
            <translation>Сохранить квитанцию возврата</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Packer</source>
            <translation>Упаковщик</translation>
        </message>
        <message>
            <source>Shift lead</source>
            <translation>Старший смены</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Администратор</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Expected</source>
            <translation>Ожидается</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Отсканировано</translation>
        </message>
        <message>
            <source>Put the scanned item back and scan the expected one</source>
            <translation>Верните отсканированный товар и отсканируйте нужный</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>нет фото</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Сканируйте бейдж, чтобы войти</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Станция {name}</translation>
        </message>
        <message>
            <source>No scanner? Type the badge code into the scan field above and press Enter.</source>
            <translation>Нет сканера? Введите код бейджа в поле скана выше и нажмите Enter.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Войти</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN-код</translation>
        </message>
        <message>
            <source>…or choose your name and type your PIN</source>
            <translation>…или выберите своё имя и введите PIN-код</translation>
        </message>
        <message>
            <source>Language of this station</source>
            <translation>Язык этой станции</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Сначала выберите имя.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Введите PIN-код.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>P&amp;ull now</source>
            <translation>&amp;Загрузить сейчас</translation>
        </message>
        <message>
            <source>Fetch new orders from the stores now</source>
            <translation>Загрузить новые заказы из магазинов сейчас</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Станция {name}</translation>
        </message>
        <message>
            <source>Printer: idle</source>
            <translation>Принтер: ожидание</translation>
        </message>
        <message>
            <source>no scanner yet</source>
            <translation>сканер не подключён</translation>
        </message>
        <message>
            <source>Database: …</source>
            <translation>База: …</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Загрузка: ещё не было</translation>
        </message>
        <message>
            <source>Outbox: …</source>
            <translation>К отправке: …</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>Вошли: {name} ({role})</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Никто не вошёл</translation>
        </message>
        <message>
            <source>Scanner: not working</source>
            <translation>Сканер: не работает</translation>
        </message>
        <message>
            <source>Scanner: {message}</source>
            <translation>Сканер: {message}</translation>
        </message>
        <message numerus="yes">
            <source>Pulling: %n order(s)</source>
            <translation>
                <numerusform>Загрузка: %n заказ</numerusform>
                <numerusform>Загрузка: %n заказа</numerusform>
                <numerusform>Загрузка: %n заказов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, page %n</source>
            <translation>
                <numerusform>, страница %n</numerusform>
                <numerusform>, страница %n</numerusform>
                <numerusform>, страница %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held: </source>
            <translation>
                <numerusform>%n отложен: </numerusform>
                <numerusform>%n отложено: </numerusform>
                <numerusform>%n отложено: </numerusform>
            </translation>
        </message>
        <message>
            <source>Scanner OK</source>
            <translation>Сканер в порядке</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>База: {name}</translation>
        </message>
        <message>
            <source>Database unreachable: {name}</source>
            <translation>Нет связи с базой: {name}</translation>
        </message>
        <message>
            <source>Outbox: —</source>
            <translation>К отправке: —</translation>
        </message>
        <message>
            <source>Outbox stopped: {stores} refused the token</source>
            <translation>Отправка остановлена: {stores} не принял токен</translation>
        </message>
        <message>
            <source>The store token was refused: Admin &gt; Store connections ({stores})</source>
            <translation>Токен магазина не принят: Администрирование &gt; Магазины ({stores})</translation>
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation>К отправке: {count}</translation>
        </message>
        <message>
            <source>, {failed} failed</source>
            <translation>, ошибок: {failed}</translation>
        </message>
        <message>
            <source>Pull failed</source>
            <translation>Загрузка не удалась</translation>
        </message>
        <message>
            <source>Last pull: {time}</source>
            <translation>Загрузка: {time}</translation>
        </message>
        <message>
            <source>Database unreachable</source>
            <translation>Нет связи с базой</translation>
        </message>
        <message>
            <source>Pulling orders…</source>
            <translation>Загружаем заказы…</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation>Принтер этикеток</translation>
        </message>
        <message>
            <source>Slip printer</source>
            <translation>Принтер бланков</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Сканер</translation>
        </message>
        <message>
            <source>serial</source>
            <translation>COM-порт</translation>
        </message>
        <message>
            <source>keyboard</source>
            <translation>клавиатура</translation>
        </message>
        <message>
            <source>Label format: automatic</source>
            <translation>Формат этикетки: автоматически</translation>
        </message>
        <message>
            <source>Keyboard (USB HID)</source>
            <translation>Клавиатура (USB HID)</translation>
        </message>
        <message>
            <source>Serial / USB-COM</source>
            <translation>COM-порт / USB-COM</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> мс</translation>
        </message>
        <message>
            <source>Longest pause between two characters of one scan; slower typing is a person at the keyboard</source>
            <translation>Самая длинная пауза между символами одного скана; если медленнее — это человек за клавиатурой</translation>
        </message>
        <message>
            <source>The picker is the packer</source>
            <translation>Сборщик сам и упаковывает</translation>
        </message>
        <message>
            <source>A unit scanned at pick is not scanned again at packing; on by default where this is the only station</source>
            <translation>Товар, отсканированный при сборе, не сканируется ещё раз при упаковке; включено по умолчанию, если это единственная станция</translation>
        </message>
        <message>
            <source>Save station</source>
            <translation>Сохранить станцию</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Пробная печать</translation>
        </message>
        <message>
            <source>Test scan: click here and scan any code</source>
            <translation>Пробный скан: нажмите сюда и сканируйте любой код</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Label printer:</source>
            <translation>Принтер этикеток:</translation>
        </message>
        <message>
            <source>Slip printer:</source>
            <translation>Принтер бланков:</translation>
        </message>
        <message>
            <source>Scanner:</source>
            <translation>Сканер:</translation>
        </message>
        <message>
            <source>Keystroke gap:</source>
            <translation>Пауза между символами:</translation>
        </message>
        <message>
            <source>Serial port:</source>
            <translation>COM-порт:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Скорость (бод):</translation>
        </message>
        <message>
            <source>A serial scanner needs its port, e.g. /dev/ttyACM0</source>
            <translation>Для сканера на COM-порту укажите порт, напр. /dev/ttyACM0</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name}: сохранено</translation>
        </message>
        <message>
            <source>Test label sent to {printer}: it shows T-00-0-0 and its barcode</source>
            <translation>Пробная этикетка отправлена на {printer}: на ней T-00-0-0 и штрихкод</translation>
        </message>
        <message>
            <source>Read {raw} — not a code packdesk knows: {why}</source>
            <translation>Прочитано {raw} — packdesk не знает такой код: {why}</translation>
        </message>
        <message>
            <source>Read a {kind} code: {key}</source>
            <translation>Прочитан код «{kind}»: {key}</translation>
        </message>
        <message>
            <source>Enter the label printer first</source>
            <translation>Сначала укажите принтер этикеток</translation>
        </message>
        <message>
            <source>Printing a test label…</source>
            <translation>Печатаем пробную этикетку…</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Orders shipped in the period</source>
            <translation>Заказов отгружено за период</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Единиц</translation>
        </message>
        <message>
            <source>Units shipped (ordered minus short-picked)</source>
            <translation>Отгружено единиц (заказано минус недостача)</translation>
        </message>
        <message>
            <source>Orders/h</source>
            <translation>Зак./ч</translation>
        </message>
        <message>
            <source>Orders per hour from the first scan to the last shipment</source>
            <translation>Заказов в час от первого скана до последней отгрузки</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Медиана</translation>
        </message>
        <message>
            <source>Median time per order, first scan to shipped</source>
            <translation>Медианное время на заказ, от первого скана до отгрузки</translation>
        </message>
        <message>
            <source>90th pct</source>
            <translation>90-й проц.</translation>
        </message>
        <message>
            <source>9 in 10 orders took at most this long</source>
            <translation>9 из 10 заказов заняли не дольше этого</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Сборка</translation>
        </message>
        <message>
            <source>Mean time from first scan to picked</source>
            <translation>Среднее время от первого скана до конца сборки</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Упаковка</translation>
        </message>
        <message>
            <source>Mean time from picked to packed</source>
            <translation>Среднее время от сборки до упаковки</translation>
        </message>
        <message>
            <source>Mis-scans</source>
            <translation>Ошибки скана</translation>
        </message>
        <message>
            <source>Refused scans per scan of an item or a bin</source>
            <translation>Отклонённые сканы на скан товара или ячейки</translation>
        </message>
        <message>
            <source>Short picks</source>
            <translation>Недостачи</translation>
        </message>
        <message>
            <source>Items the picker could not find</source>
            <translation>Товары, которые сборщик не нашёл</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Решения старшего</translation>
        </message>
        <message>
            <source>Lead overrides recorded</source>
            <translation>Записанные решения старшего</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
    </context>
    <context>
        <name>StoreSyncPanel</name>
        <message>
            <source>Stores</source>
            <translation>Магазины</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Загрузка: ещё не было</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Send the selected message to the store again</source>
            <translation>Отправить выбранное сообщение в магазин ещё раз</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Отклонить</translation>
        </message>
        <message>
            <source>Do not send the selected message (the store was told by hand)</source>
            <translation>Не отправлять выбранное сообщение (магазину сообщили вручную)</translation>
        </message>
        <message>
            <source>Last pull {time}: {summary}</source>
            <translation>Загрузка {time}: {summary}</translation>
        </message>
        <message>
            <source>On hold after the pull: {numbers}</source>
            <translation>Отложены после загрузки: {numbers}</translation>
        </message>
        <message>
            <source>{store} refused the token, nothing is sent to it: Admin &gt; Store connections ({words})</source>
            <translation>{store} не принял токен, ему ничего не отправляется: Администрирование &gt; Магазины ({words})</translation>
        </message>
        <message numerus="yes">
            <source>Stores: %n refused message(s)</source>
            <translation>
                <numerusform>Магазины: %n отклонённое сообщение</numerusform>
                <numerusform>Магазины: %n отклонённых сообщения</numerusform>
                <numerusform>Магазины: %n отклонённых сообщений</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {message}</source>
            <translation>Не обновлено: {message}</translation>
        </message>
        <message>
            <source>Order {number}: sent again at the next round</source>
            <translation>Заказ {number}: отправится снова в следующий раз</translation>
        </message>
        <message>
            <source>Order {number}: dismissed, not sent</source>
            <translation>Заказ {number}: отклонено, не отправлено</translation>
        </message>
        <message>
            <source>Order {number}: already dealt with</source>
            <translation>Заказ {number}: уже решено</translation>
        </message>
    </context>
    <context>
        <name>StoresPage</name>
        <message>
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Pulled</source>
            <translation>Загрузка</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>каждые {minutes} мин</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>вручную</translation>
        </message>
        <message>
            <source>File drop (CSV/JSON)</source>
            <translation>Папка с файлами (CSV/JSON)</translation>
        </message>
        <message>
            <source>Consumer key:</source>
            <translation>Consumer key:</translation>
        </message>
        <message>
            <source>Consumer secret:</source>
            <translation>Consumer secret:</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>Токен доступа:</translation>
        </message>
        <message>
            <source>by hand only</source>
            <translation>только вручную</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Проверить связь</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>хранится в системном хранилище ключей; пусто — не менять</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Подключение</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <source>URL or folder:</source>
            <translation>URL или папка:</translation>
        </message>
        <message>
            <source>Pull every:</source>
            <translation>Загружать каждые:</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Все склады</translation>
        </message>
        <message>
            <source>List the store's locations</source>
            <translation>Показать склады магазина</translation>
        </message>
        <message>
            <source>Pull test orders too</source>
            <translation>Загружать и тестовые заказы</translation>
        </message>
        <message>
            <source>Packed here (slip, no shipping label)</source>
            <translation>Упаковываем здесь (лист, без транспортной этикетки)</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Пропускать</translation>
        </message>
        <message>
            <source>Save fulfilment options</source>
            <translation>Сохранить настройки отгрузки</translation>
        </message>
        <message>
            <source>Shopify fulfilment</source>
            <translation>Отгрузка Shopify</translation>
        </message>
        <message>
            <source>This station ships for:</source>
            <translation>Эта станция отгружает для:</translation>
        </message>
        <message>
            <source>Local pickup orders:</source>
            <translation>Заказы с самовывозом:</translation>
        </message>
        <message numerus="yes">
            <source>%n location(s) at the store</source>
            <translation>
                <numerusform>%n склад в магазине</numerusform>
                <numerusform>%n склада в магазине</numerusform>
                <numerusform>%n складов в магазине</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name}: сохранено</translation>
        </message>
        <message>
            <source>Asking {address}…</source>
            <translation>Запрос к {address}…</translation>
        </message>
        <message>
            <source>{store}: fulfilment options saved</source>
            <translation>{store}: настройки отгрузки сохранены</translation>
        </message>
        <message>
            <source>{address} answered: the connection works</source>
            <translation>{address} ответил: связь есть</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source> g</source>
            <translation> г</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Бейдж</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>set</source>
            <translation>задан</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>заблокирован</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активна</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>выведена</translation>
        </message>
        <message>
            <source>4 to 12 digits; empty keeps the PIN</source>
            <translation>от 4 до 12 цифр; пусто — не менять PIN-код</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Может входить</translation>
        </message>
        <message>
            <source>Add as new user</source>
            <translation>Добавить нового сотрудника</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation>Разблокировать PIN-код</translation>
        </message>
        <message>
            <source>Print badge…</source>
            <translation>Печать бейджа…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <source>Badge code:</source>
            <translation>Код бейджа:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Новый PIN-код:</translation>
        </message>
        <message>
            <source>Select a user first</source>
            <translation>Сначала выберите сотрудника</translation>
        </message>
        <message>
            <source>{name} added</source>
            <translation>{name}: добавлен(а)</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name}: сохранено</translation>
        </message>
        <message>
            <source>{name} unlocked</source>
            <translation>{name}: разблокирован(а)</translation>
        </message>
        <message>
            <source>Badge saved to {file}</source>
            <translation>Бейдж сохранён в {file}</translation>
        </message>
        <message>
            <source>Save badge</source>
            <translation>Сохранить бейдж</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>WeighPanel</name>
        <message>
            <source>Weigh now</source>
            <translation>Взвесить</translation>
        </message>
        <message>
            <source>Box {code} ({length} × {width} × {height} mm, {fill} % full): scan its barcode, or another box's</source>
            <translation>Коробка {code} ({length} × {width} × {height} мм, заполнена на {fill} %): отсканируйте её штрихкод или другой коробки</translation>
        </message>
        <message>
            <source>No box proposed: {reason}</source>
            <translation>Коробка не подобрана: {reason}</translation>
        </message>
        <message>
            <source>Box {code} confirmed</source>
            <translation>Коробка {code} подтверждена</translation>
        </message>
        <message>
            <source>The scale has no steady weight yet</source>
            <translation>Вес на весах ещё не стабилен</translation>
        </message>
        <message>
            <source>{grams} g: ready for the label</source>
            <translation>{grams} г: можно печатать этикетку</translation>
        </message>
        <message>
            <source>(let go by {name})</source>
            <translation>(пропустил {name})</translation>
        </message>
        <message>
            <source>Finding the box…</source>
            <translation>Подбор коробки…</translation>
        </message>
        <message>
            <source>Scan the box you pack in</source>
            <translation>Отсканируйте коробку для упаковки</translation>
        </message>
        <message>
            <source>Put the parcel on the scale</source>
            <translation>Поставьте посылку на весы</translation>
        </message>
        <message>
            <source>Checking the weight…</source>
            <translation>Проверка веса…</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>From</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Трек-номер</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Упаковочный лист</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Подарочный бланк</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Отгрузить до</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Доставка</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Color / size</source>
            <translation>Цвет / размер</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Ячейка</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Note from the customer</source>
            <translation>Комментарий клиента</translation>
        </message>
        <message>
            <source>Gift message</source>
            <translation>Поздравление</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Возвраты</translation>
        </message>
        <message>
            <source>A gift for you</source>
            <translation>Подарок для вас</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Стр. {page}</translation>
        </message>
        <message>
            <source>Tell us how it went: scan the code</source>
            <translation>Расскажите, как всё прошло: отсканируйте код</translation>
        </message>
        <message>
            <source>Returns: scan the code to start one</source>
            <translation>Возврат: отсканируйте код, чтобы оформить</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Спасибо</translation>
        </message>
        <message>
            <source>Packing bench commands</source>
            <translation>Команды упаковочного стола</translation>
        </message>
        <message>
            <source>All quality checks pass</source>
            <translation>Все проверки качества пройдены</translation>
        </message>
        <message>
            <source>Quality check {number} failed</source>
            <translation>Проверка качества {number} не пройдена</translation>
        </message>
        <message>
            <source>Undo the last scan</source>
            <translation>Отменить последнее сканирование</translation>
        </message>
        <message>
            <source>Not quite right? You can return unused items within 30 days. Keep this slip, scan its barcode or quote the order number when you contact us, and we will send you a return label.</source>
            <translation>Что-то не подошло? Неиспользованные товары можно вернуть в течение 30 дней. Сохраните этот лист, отсканируйте его штрихкод или назовите номер заказа, когда свяжетесь с нами, и мы пришлём этикетку для возврата.</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <source>colour</source>
            <translation>цвет</translation>
        </message>
        <message>
            <source>size</source>
            <translation>размер</translation>
        </message>
    </context>
    <context>
        <name>queue</name>
        <message>
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <source>Picking</source>
            <translation>Сборка</translation>
        </message>
        <message>
            <source>Packing</source>
            <translation>Упаковка</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Упакован</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Отложен</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>a brace in the template is not closed</source>
            <translation>в шаблоне не закрыта фигурная скобка</translation>
        </message>
        <message>
            <source>a link has at most {count} characters</source>
            <translation>в ссылке не больше {count} символов</translation>
        </message>
        <message>
            <source>a link starts with https:// and has no spaces</source>
            <translation>ссылка начинается с https:// и не содержит пробелов</translation>
        </message>
        <message>
            <source>a link may hold the fields order and token only, not {field}</source>
            <translation>в ссылке допустимы только поля order и token, а не {field}</translation>
        </message>
        <message>
            <source>a card has at most {count} characters</source>
            <translation>на открытке не больше {count} символов</translation>
        </message>
        <message>
            <source>a card may hold the fields name and code only, not {field}</source>
            <translation>на открытке допустимы только поля name и code, а не {field}</translation>
        </message>
        <message>
            <source>the amount {amount} is not a number</source>
            <translation>сумма {amount} — не число</translation>
        </message>
        <message>
            <source>a code has at most {count} characters</source>
            <translation>в коде не больше {count} символов</translation>
        </message>
        <message>
            <source>the order has no such line</source>
            <translation>в заказе нет такой строки</translation>
        </message>
        <message>
            <source>order {number} has no customer note</source>
            <translation>у заказа {number} нет комментария клиента</translation>
        </message>
        <message>
            <source>order {number} is not a gift</source>
            <translation>заказ {number} не подарочный</translation>
        </message>
        <message>
            <source>print the message card of order {number} first (Ctrl+P): the card goes in with the message printed</source>
            <translation>сначала напечатайте открытку заказа {number} (Ctrl+P): открытка кладётся с напечатанным поздравлением</translation>
        </message>
        <message>
            <source>authorisation expired</source>
            <translation>срок авторизации истёк</translation>
        </message>
        <message>
            <source>the card was declined</source>
            <translation>карта отклонена</translation>
        </message>
        <message>
            <source>the store could not be reached</source>
            <translation>магазин недоступен</translation>
        </message>
        <message>
            <source>the store did not confirm it</source>
            <translation>магазин не подтвердил списание</translation>
        </message>
        <message>
            <source>nothing is left to capture</source>
            <translation>списывать больше нечего</translation>
        </message>
        <message>
            <source>payment could not be captured: {reason}</source>
            <translation>не удалось списать оплату: {reason}</translation>
        </message>
        <message>
            <source>a PIN is 4 to 12 digits</source>
            <translation>PIN-код — от 4 до 12 цифр</translation>
        </message>
        <message>
            <source>a quality check needs its words</source>
            <translation>у проверки качества должен быть текст</translation>
        </message>
        <message>
            <source>a quality check has at most {count} characters</source>
            <translation>в проверке качества не больше {count} символов</translation>
        </message>
        <message>
            <source>there is no check {number}</source>
            <translation>нет проверки {number}</translation>
        </message>
        <message>
            <source>could not read this code ({error})</source>
            <translation>не удалось прочитать код ({error})</translation>
        </message>
        <message>
            <source>empty scan: no data was read</source>
            <translation>пустой скан: данные не прочитаны</translation>
        </message>
        <message>
            <source>this code is too long to be one packdesk knows ({count} characters)</source>
            <translation>код слишком длинный для packdesk ({count} символов)</translation>
        </message>
        <message>
            <source>bin label {code} does not hold a valid bin code</source>
            <translation>на этикетке ячейки {code} нет верного кода ячейки</translation>
        </message>
        <message>
            <source>this badge has no readable id</source>
            <translation>на бейдже нет читаемого номера</translation>
        </message>
        <message>
            <source>this order barcode has no readable order number</source>
            <translation>в штрихкоде заказа нет читаемого номера</translation>
        </message>
        <message>
            <source>{code} looks like a product barcode but its check digit is wrong: scan it again</source>
            <translation>{code} похож на штрихкод товара, но контрольная цифра неверна: сканируйте ещё раз</translation>
        </message>
        <message>
            <source>{code} is a GS1 code packdesk cannot read</source>
            <translation>{code} — код GS1, который packdesk не читает</translation>
        </message>
        <message>
            <source>unknown code {code}: it has spaces or control characters</source>
            <translation>неизвестный код {code}: в нём пробелы или управляющие символы</translation>
        </message>
        <message>
            <source>this is a shipping container code (SSCC {sscc}), not a product: scan the item's own barcode</source>
            <translation>это код транспортной упаковки (SSCC {sscc}), а не товара: сканируйте штрихкод самого товара</translation>
        </message>
        <message>
            <source>printer at {where} dropped the connection: {error}</source>
            <translation>принтер {where} оборвал соединение: {error}</translation>
        </message>
        <message>
            <source>printer at {where} refused the connection: is it on, and is this its address?</source>
            <translation>принтер {where} отказал в соединении: он включён и адрес верный?</translation>
        </message>
        <message>
            <source>no answer from the printer at {where} within {seconds} s: is it on and on the network?</source>
            <translation>принтер {where} не ответил за {seconds} с: он включён и в сети?</translation>
        </message>
        <message>
            <source>cannot reach the printer at {where}: {error}</source>
            <translation>нет связи с принтером {where}: {error}</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>в очереди</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>отправляется</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>отправлено</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>ждёт у принтера</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>nothing printed yet to print again</source>
            <translation>ещё ничего не печаталось, повторять нечего</translation>
        </message>
        <message>
            <source>the job is still {status}</source>
            <translation>задание всё ещё: {status}</translation>
        </message>
        <message>
            <source>the first copy is still {status}: not sent again, so it cannot print twice</source>
            <translation>первая копия всё ещё: {status}; повторно не отправлено, чтобы не напечатать дважды</translation>
        </message>
        <message>
            <source>the first copy is still {status} ({why}): not sent again, so it cannot print twice</source>
            <translation>первая копия всё ещё: {status} ({why}); повторно не отправлено, чтобы не напечатать дважды</translation>
        </message>
        <message>
            <source>the printer has not taken the job after {seconds} s; it stays queued</source>
            <translation>принтер не принял задание за {seconds} с; оно остаётся в очереди</translation>
        </message>
        <message>
            <source>this badge is not known here; ask a lead to register it</source>
            <translation>этот бейдж здесь не знают; попросите старшего его зарегистрировать</translation>
        </message>
        <message>
            <source>wrong name or PIN</source>
            <translation>неверное имя или PIN-код</translation>
        </message>
        <message>
            <source>too many wrong PINs: try again in {wait} s or scan your badge</source>
            <translation>слишком много неверных PIN-кодов: попробуйте через {wait} с или сканируйте бейдж</translation>
        </message>
        <message>
            <source>name the store's shipping method (* for every other)</source>
            <translation>укажите способ доставки магазина (* для всех остальных)</translation>
        </message>
        <message>
            <source>choose where the label comes from</source>
            <translation>выберите, откуда берётся этикетка</translation>
        </message>
        <message>
            <source>our own label needs a carrier: its numbers come from that carrier's sequence</source>
            <translation>своей этикетке нужен перевозчик: её номера берутся из нумерации этого перевозчика</translation>
        </message>
        <message>
            <source>a service needs its carrier</source>
            <translation>услуге нужен её перевозчик</translation>
        </message>
        <message>
            <source>shipping method {method} is not mapped</source>
            <translation>способ доставки {method} не сопоставлен</translation>
        </message>
        <message>
            <source>the ship-from address needs a name</source>
            <translation>в адресе отправителя нужно имя</translation>
        </message>
        <message>
            <source>the ship-from address needs a street</source>
            <translation>в адресе отправителя нужна улица</translation>
        </message>
        <message>
            <source>the ship-from address needs a city</source>
            <translation>в адресе отправителя нужен город</translation>
        </message>
        <message>
            <source>the ship-from address needs a postal code</source>
            <translation>в адресе отправителя нужен почтовый индекс</translation>
        </message>
        <message>
            <source>{country} is not a two-letter country code (LV, NO, BR)</source>
            <translation>{country} — не двухбуквенный код страны (LV, NO, BR)</translation>
        </message>
        <message>
            <source>name the carrier of the number sequence</source>
            <translation>укажите перевозчика для нумерации</translation>
        </message>
        <message>
            <source>the next number is 1 or more, the width 0 to 20 digits</source>
            <translation>следующий номер — 1 или больше, длина — от 0 до 20 цифр</translation>
        </message>
        <message>
            <source>a number prefix has no spaces</source>
            <translation>в префиксе номера не может быть пробелов</translation>
        </message>
        <message>
            <source>{carrier} numbers up to {used} are used: the next number cannot go back</source>
            <translation>номера {carrier} до {used} уже использованы: следующий номер не может идти назад</translation>
        </message>
        <message>
            <source>{code} is not an HS code: 6 to 10 digits, such as 6109.10</source>
            <translation>{code} — не код ТН ВЭД: от 6 до 10 цифр, например 6109.10</translation>
        </message>
        <message>
            <source>a quality check is for one product or one tag</source>
            <translation>проверка качества задаётся для одного товара или одной метки</translation>
        </message>
        <message>
            <source>no product has the SKU {sku}</source>
            <translation>нет товара с SKU {sku}</translation>
        </message>
        <message>
            <source>this station's printer cannot print message cards</source>
            <translation>принтер этой станции не умеет печатать открытки</translation>
        </message>
        <message>
            <source>a packer</source>
            <translation>упаковщик</translation>
        </message>
        <message>
            <source>a lead</source>
            <translation>старший смены</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>no order is being packed at this station</source>
            <translation>на этой станции сейчас ничего не упаковывается</translation>
        </message>
        <message>
            <source>order {number} has no such line</source>
            <translation>в заказе {number} нет такой строки</translation>
        </message>
        <message>
            <source>{name} is {role}</source>
            <translation>{name}: {role}</translation>
        </message>
        <message>
            <source>no order is being picked at this station</source>
            <translation>на этой станции сейчас ничего не собирается</translation>
        </message>
        <message>
            <source>nothing left to pick</source>
            <translation>собирать больше нечего</translation>
        </message>
        <message>
            <source>this badge is not known here</source>
            <translation>этот бейдж здесь не знают</translation>
        </message>
        <message>
            <source>a lead can put it on hold to repack it</source>
            <translation>старший может отложить заказ для переупаковки</translation>
        </message>
        <message>
            <source>{source} is not set up at this station: the admin must add its key</source>
            <translation>{source} не настроен на этой станции: администратор должен добавить ключ</translation>
        </message>
        <message>
            <source>order {number} is not packed yet: verify every unit first</source>
            <translation>заказ {number} ещё не упакован: сначала проверьте каждую единицу</translation>
        </message>
        <message>
            <source>this station has no printer set up</source>
            <translation>у этой станции не настроен принтер</translation>
        </message>
        <message>
            <source>scan the carrier label</source>
            <translation>отсканируйте этикетку перевозчика</translation>
        </message>
        <message>
            <source>enter the {carrier} tracking number to ship</source>
            <translation>введите трек-номер {carrier}, чтобы отгрузить</translation>
        </message>
        <message>
            <source>no unit is waiting for its checks</source>
            <translation>ни одна единица не ждёт проверки</translation>
        </message>
        <message>
            <source>confirm the quality checks of {sku} first</source>
            <translation>сначала подтвердите проверки качества {sku}</translation>
        </message>
        <message>
            <source>quality check failed for {sku} ({reason}) and no bin has another</source>
            <translation>{sku} не прошёл проверку качества ({reason}), и другого нет ни в одной ячейке</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новый</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>сборка</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>упаковка</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>упакован</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>отгружен</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>отложен</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>there is no order {number}</source>
            <translation>заказа {number} нет</translation>
        </message>
        <message>
            <source>order {number} is {status}: {why}</source>
            <translation>заказ {number}: {status} ({why})</translation>
        </message>
        <message>
            <source>order {number} is {status}</source>
            <translation>заказ {number}: {status}</translation>
        </message>
        <message>
            <source>order {number} is held by {station} ({user}); a lead can take it over</source>
            <translation>заказ {number} у станции {station} ({user}); забрать может старший</translation>
        </message>
        <message>
            <source>order {number} is held by {station}; a lead can take it over</source>
            <translation>заказ {number} у станции {station}; забрать может старший</translation>
        </message>
        <message>
            <source>finish order {number} first</source>
            <translation>сначала закончите заказ {number}</translation>
        </message>
        <message>
            <source>a batch needs at least one order</source>
            <translation>в пакете должен быть хотя бы один заказ</translation>
        </message>
        <message>
            <source>order {number} is not held by any station</source>
            <translation>заказ {number} не закреплён ни за одной станцией</translation>
        </message>
        <message>
            <source>nobody (released by a lead)</source>
            <translation>никто (освобождён старшим)</translation>
        </message>
        <message>
            <source>now held by {holder}</source>
            <translation>теперь у {holder}</translation>
        </message>
        <message>
            <source>this order is already in hand</source>
            <translation>этот заказ уже в работе</translation>
        </message>
        <message>
            <source>scanned order {number}</source>
            <translation>отсканирован заказ {number}</translation>
        </message>
        <message>
            <source>badge scanned while picking</source>
            <translation>бейдж отсканирован во время сборки</translation>
        </message>
        <message>
            <source>no product has the barcode {code}</source>
            <translation>нет товара со штрихкодом {code}</translation>
        </message>
        <message>
            <source>packing: scan the items, not bins</source>
            <translation>на упаковке сканируйте товары, а не ячейки</translation>
        </message>
        <message>
            <source>this is the label of order {other}, not of order {number}: take it off this parcel</source>
            <translation>это этикетка заказа {other}, а не заказа {number}: снимите её с этой посылки</translation>
        </message>
        <message>
            <source>{lead} lets order {number} ship without its payment: print (F7) and ship (F10)</source>
            <translation>{lead} разрешает отправить заказ {number} без оплаты: печать (F7) и отправка (F10)</translation>
        </message>
        <message>
            <source>Scan your badge first</source>
            <translation>Сначала сканируйте бейдж</translation>
        </message>
        <message>
            <source>Signed out after a pause: scan your badge</source>
            <translation>Выход после паузы: сканируйте бейдж</translation>
        </message>
        <message>
            <source>No order in hand: press F2 for the next order or scan an order</source>
            <translation>Нет заказа в работе: F2 — следующий заказ, или сканируйте заказ</translation>
        </message>
        <message>
            <source>No order with this number</source>
            <translation>Заказа с таким номером нет</translation>
        </message>
        <message>
            <source>This order cannot be taken now</source>
            <translation>Этот заказ сейчас взять нельзя</translation>
        </message>
        <message>
            <source>Finish the order in hand first</source>
            <translation>Сначала закончите текущий заказ</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Сначала сканируйте этикетку ячейки</translation>
        </message>
        <message>
            <source>The order was put on hold</source>
            <translation>Заказ отложен</translation>
        </message>
        <message>
            <source>The order was cancelled: put the items back</source>
            <translation>Заказ отменён: верните товары на место</translation>
        </message>
        <message>
            <source>Another station or a lead took this order over</source>
            <translation>Заказ забрала другая станция или старший</translation>
        </message>
        <message>
            <source>This needs a lead's badge</source>
            <translation>Нужен бейдж старшего</translation>
        </message>
        <message>
            <source>Everything is scanned: print and ship (F10)</source>
            <translation>Всё отсканировано: печать и отгрузка (F10)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Нечего отменять</translation>
        </message>
        <message>
            <source>This bin has no more of the item</source>
            <translation>В этой ячейке товар закончился</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Не тот размер</translation>
        </message>
        <message>
            <source>Wrong colour</source>
            <translation>Не тот цвет</translation>
        </message>
        <message>
            <source>Wrong colour and size</source>
            <translation>Не тот цвет и размер</translation>
        </message>
        <message>
            <source>Wrong variant</source>
            <translation>Не тот вариант</translation>
        </message>
        <message>
            <source>expected {expected}, scanned {got}</source>
            <translation>нужен {expected}, отсканирован {got}</translation>
        </message>
        <message>
            <source>scanned {got}</source>
            <translation>отсканирован {got}</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Упаковочный лист</translation>
        </message>
        <message>
            <source>Shipping label</source>
            <translation>Транспортная этикетка</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Открытка</translation>
        </message>
        <message>
            <source>Thank-you card</source>
            <translation>Открытка с благодарностью</translation>
        </message>
        <message>
            <source>{document} did not print: {message}</source>
            <translation>{document} не напечатан(а): {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>неизвестная ошибка</translation>
        </message>
        <message>
            <source>a badge</source>
            <translation>бейдж</translation>
        </message>
        <message>
            <source>scanned {code}</source>
            <translation>отсканировано {code}</translation>
        </message>
        <message>
            <source>Too many</source>
            <translation>Лишний</translation>
        </message>
        <message>
            <source>{item}: already {done} of {ordered}</source>
            <translation>{item}: уже {done} из {ordered}</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Не тот товар</translation>
        </message>
        <message>
            <source>{bin} has no more {sku}</source>
            <translation>В {bin} больше нет {sku}</translation>
        </message>
        <message>
            <source>go to {bin}, scan its label, then the item</source>
            <translation>идите к {bin}, сканируйте её этикетку, затем товар</translation>
        </message>
        <message>
            <source>no other bin has it: report a short pick (F9)</source>
            <translation>в других ячейках нет: отметьте недостачу (F9)</translation>
        </message>
        <message>
            <source>go to bin {bin}, scan its label, then the item</source>
            <translation>идите к ячейке {bin}, сканируйте её этикетку, затем товар</translation>
        </message>
        <message>
            <source>Wrong bin</source>
            <translation>Не та ячейка</translation>
        </message>
        <message>
            <source>{item}: all {count} are already scanned</source>
            <translation>{item}: все {count} уже отсканированы</translation>
        </message>
        <message>
            <source>{item}: none more is needed</source>
            <translation>{item}: больше не нужно</translation>
        </message>
        <message>
            <source>Wrong label: order {other}, not {number}</source>
            <translation>Не та этикетка: заказ {other}, а не {number}</translation>
        </message>
        <message>
            <source>Take it off and put this parcel's own label on</source>
            <translation>Снимите её и наклейте этикетку этой посылки</translation>
        </message>
        <message>
            <source>Order {number} is not shipped</source>
            <translation>Заказ {number} не отгружен</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Заказ {number} отгружен</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Трек {tracking} · следующий заказ: F2 или скан</translation>
        </message>
        <message>
            <source>Not in this order</source>
            <translation>Не из этого заказа</translation>
        </message>
        <message>
            <source>{item} belongs to order {other}</source>
            <translation>{item} — из заказа {other}</translation>
        </message>
        <message>
            <source>{item} is not in this order</source>
            <translation>{item} нет в этом заказе</translation>
        </message>
        <message>
            <source>Unknown code</source>
            <translation>Неизвестный код</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Здравствуйте, {name}</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 — следующий заказ, или сканируйте штрихкод заказа</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>Заказ {number} ваш</translation>
        </message>
        <message>
            <source>Go to the first bin</source>
            <translation>Идите к первой ячейке</translation>
        </message>
        <message>
            <source>Take {count} × {item}</source>
            <translation>Возьмите {count} × {item}</translation>
        </message>
        <message>
            <source>Bin {bin} ✓</source>
            <translation>Ячейка {bin} ✓</translation>
        </message>
        <message>
            <source>Set {item} aside: {reason}</source>
            <translation>Отложите {item}: {reason}</translation>
        </message>
        <message>
            <source>take a replacement from bin {bin} and scan it</source>
            <translation>возьмите замену из ячейки {bin} и отсканируйте её</translation>
        </message>
        <message>
            <source>no bin has another: the order is on hold for a lead</source>
            <translation>другого нет ни в одной ячейке: заказ ждёт старшего</translation>
        </message>
        <message>
            <source>Check passed</source>
            <translation>Проверка пройдена</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) left</source>
            <translation>
                <numerusform>осталась %n проверка</numerusform>
                <numerusform>осталось %n проверки</numerusform>
                <numerusform>осталось %n проверок</numerusform>
            </translation>
        </message>
        <message>
            <source>Check {item}</source>
            <translation>Проверьте {item}</translation>
        </message>
        <message>
            <source>Alt+1…Alt+{count}: each check passes · Alt+0: all pass · F9: a check failed</source>
            <translation>Alt+1…Alt+{count}: проверка пройдена · Alt+0: все пройдены · F9: проверка не пройдена</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Прочитайте комментарий клиента, затем F6: накладная и этикетка печатаются после этого</translation>
        </message>
        <message>
            <source>Slip and label are printing: see Still to do before Ship</source>
            <translation>Накладная и этикетка печатаются: смотрите «Осталось сделать» перед отправкой</translation>
        </message>
        <message>
            <source>Slip and label are printing: put the label on and scan it to ship (or F10)</source>
            <translation>Накладная и этикетка печатаются: наклейте этикетку и сканируйте её для отгрузки (или F10)</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Заказ {number} собран</translation>
        </message>
        <message>
            <source>Put it in slot {slot}</source>
            <translation>Положите на место {slot}</translation>
        </message>
        <message>
            <source>{item} · the pick is complete: pack it now</source>
            <translation>{item} · сборка закончена: упаковывайте</translation>
        </message>
        <message>
            <source>Picked: {item}</source>
            <translation>Взято: {item}</translation>
        </message>
        <message>
            <source>The pick is complete: pack it now</source>
            <translation>Сборка закончена: упаковывайте</translation>
        </message>
        <message>
            <source>Next bin</source>
            <translation>Следующая ячейка</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} из {total}</translation>
        </message>
        <message>
            <source>OK: {item}</source>
            <translation>OK: {item}</translation>
        </message>
        <message>
            <source>Line overridden by {lead}</source>
            <translation>Строку подтвердил(а) {lead}</translation>
        </message>
        <message>
            <source>Line overridden</source>
            <translation>Строка подтверждена старшим</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Недостача записана</translation>
        </message>
        <message>
            <source>The order is on hold for a lead</source>
            <translation>Заказ отложен для старшего</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>The last scan of {item} is taken back: put it back</source>
            <translation>Последний скан {item} отменён: верните товар</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Scan not used</source>
            <translation>Скан не учтён</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>AdminWidget</name>
        <message>
            <source>Bins</source>
            <translation>Endereços</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Usuários</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Estações</translation>
        </message>
        <message>
            <source>Store connections</source>
            <translation>Lojas</translation>
        </message>
        <message>
            <source>Boxes and scale</source>
            <translation>Caixas e balança</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Transportadoras</translation>
        </message>
        <message>
            <source>Quality and cards</source>
            <translation>Qualidade e cartões</translation>
        </message>
    </context>
    <context>
        <name>BenchPictures</name>
        <message>
            <source>Extra parcel &amp;photo</source>
            <translation>&amp;Foto extra do pacote</translation>
        </message>
        <message>
            <source>Order &amp;history…</source>
            <translation>&amp;Histórico do pedido…</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Sem foto</translation>
        </message>
        <message>
            <source>No order in hand to photograph</source>
            <translation>Nenhum pedido em mãos para fotografar</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Câmera</translation>
        </message>
        <message>
            <source>Camera ready: {name}</source>
            <translation>Câmera pronta: {name}</translation>
        </message>
        <message>
            <source>No camera</source>
            <translation>Sem câmera</translation>
        </message>
        <message>
            <source>Photo of {number} kept: {path}</source>
            <translation>Foto de {number} guardada: {path}</translation>
        </message>
        <message>
            <source>No photo of {number}: {reason}</source>
            <translation>Sem foto de {number}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <source>Bin</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>active</source>
            <translation>ativo</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>desativado</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <source>Filter bins, zones or SKUs…</source>
            <translation>Filtrar endereço, zona ou SKU…</translation>
        </message>
        <message>
            <source>Add bin…</source>
            <translation>Novo endereço…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Desativar</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reativar</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importar CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Se uma linha estiver errada: não importar nada</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Se uma linha estiver errada: importar as linhas válidas</translation>
        </message>
        <message>
            <source>Labels as PDF file…</source>
            <translation>Etiquetas em PDF…</translation>
        </message>
        <message>
            <source>Print labels of selected bins</source>
            <translation>Imprimir etiquetas dos endereços selecionados</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Set quantity in selected bin</source>
            <translation>Definir quantidade no endereço</translation>
        </message>
        <message>
            <source>Products in the bin</source>
            <translation>Produtos no endereço</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>SKU:</translation>
        </message>
        <message>
            <source>Quantity (0 removes):</source>
            <translation>Quantidade (0 remove):</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Relatório da importação</translation>
        </message>
        <message>
            <source>Labels to {station} ({address})</source>
            <translation>Etiquetas para {station} ({address})</translation>
        </message>
        <message>
            <source>Bin {code} added</source>
            <translation>Endereço {code} criado</translation>
        </message>
        <message>
            <source>Bin is now {code}: print its new label</source>
            <translation>Agora o endereço é {code}: imprima a nova etiqueta</translation>
        </message>
        <message>
            <source>{bin} now holds {quantity} of {sku}</source>
            <translation>{bin} agora tem {quantity} de {sku}</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Linha {line}: {error}</translation>
        </message>
        <message>
            <source>Bins exported to {file}</source>
            <translation>Endereços exportados para {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) saved to {file}</source>
            <translation>
                <numerusform>%n etiqueta salva em {file}</numerusform>
                <numerusform>%n etiquetas salvas em {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) sent to {printer}</source>
            <translation>
                <numerusform>%n etiqueta enviada para {printer}</numerusform>
                <numerusform>%n etiquetas enviadas para {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>Add bin</source>
            <translation>Novo endereço</translation>
        </message>
        <message>
            <source>Bin code (zone-aisle-shelf-position, e.g. A-03-2-B):</source>
            <translation>Código do endereço (zona-rua-prateleira-posição, ex. A-03-2-B):</translation>
        </message>
        <message>
            <source>Select one or more bins first</source>
            <translation>Selecione um ou mais endereços antes</translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) reactivated</source>
            <translation>
                <numerusform>%n endereço reativado</numerusform>
                <numerusform>%n endereços reativados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) retired</source>
            <translation>
                <numerusform>%n endereço desativado</numerusform>
                <numerusform>%n endereços desativados</numerusform>
            </translation>
        </message>
        <message>
            <source>Select exactly one bin to set its stock</source>
            <translation>Selecione só um endereço para definir o estoque</translation>
        </message>
        <message>
            <source>Import bins</source>
            <translation>Importar endereços</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Export bins</source>
            <translation>Exportar endereços</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Select the bins whose labels you want</source>
            <translation>Selecione os endereços para as etiquetas</translation>
        </message>
        <message>
            <source>Save bin labels</source>
            <translation>Salvar etiquetas dos endereços</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BoxesPage</name>
        <message>
            <source>Box</source>
            <translation>Caixa</translation>
        </message>
        <message>
            <source>Inner size (mm)</source>
            <translation>Medida interna (mm)</translation>
        </message>
        <message>
            <source>Tare (g)</source>
            <translation>Tara (g)</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Código de barras</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Estoque</translation>
        </message>
        <message>
            <source>Learned weight: SKU</source>
            <translation>Peso aprendido: SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Gramas</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>não contado</translation>
        </message>
        <message>
            <source>Save box</source>
            <translation>Salvar caixa</translation>
        </message>
        <message>
            <source>Remove box</source>
            <translation>Remover caixa</translation>
        </message>
        <message>
            <source>Save tolerance</source>
            <translation>Salvar tolerância</translation>
        </message>
        <message>
            <source>Accept learned weight</source>
            <translation>Aceitar peso aprendido</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Recusar</translation>
        </message>
        <message>
            <source>/dev/ttyUSB0, COM4 (empty: no scale)</source>
            <translation>/dev/ttyUSB0, COM4 (vazio: sem balança)</translation>
        </message>
        <message>
            <source>Continuous output</source>
            <translation>Saída contínua</translation>
        </message>
        <message>
            <source>Save scale</source>
            <translation>Salvar balança</translation>
        </message>
        <message>
            <source>Test read</source>
            <translation>Testar leitura</translation>
        </message>
        <message>
            <source>Box preset</source>
            <translation>Modelo de caixa</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Código:</translation>
        </message>
        <message>
            <source>Inner length:</source>
            <translation>Comprimento interno:</translation>
        </message>
        <message>
            <source>Inner width:</source>
            <translation>Largura interna:</translation>
        </message>
        <message>
            <source>Inner height:</source>
            <translation>Altura interna:</translation>
        </message>
        <message>
            <source>Tare:</source>
            <translation>Tara:</translation>
        </message>
        <message>
            <source>Barcode:</source>
            <translation>Código de barras:</translation>
        </message>
        <message>
            <source>Stock:</source>
            <translation>Estoque:</translation>
        </message>
        <message>
            <source>Weight check</source>
            <translation>Conferência de peso</translation>
        </message>
        <message>
            <source>Tolerance:</source>
            <translation>Tolerância:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>No mínimo:</translation>
        </message>
        <message>
            <source>Dunnage allowance:</source>
            <translation>Margem de enchimento:</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Balança</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Estação:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Porta:</translation>
        </message>
        <message>
            <source>Protocol:</source>
            <translation>Protocolo:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Velocidade (baud):</translation>
        </message>
        <message>
            <source>Box {code} saved</source>
            <translation>Caixa {code} salva</translation>
        </message>
        <message>
            <source>Box {code} removed</source>
            <translation>Caixa {code} removida</translation>
        </message>
        <message>
            <source>Weight tolerance saved</source>
            <translation>Tolerância de peso salva</translation>
        </message>
        <message>
            <source>Select a learned weight first</source>
            <translation>Selecione primeiro um peso aprendido</translation>
        </message>
        <message>
            <source>{sku}: learned weight done</source>
            <translation>{sku}: peso aprendido concluído</translation>
        </message>
        <message>
            <source>Add a station first (Stations page)</source>
            <translation>Adicione primeiro uma estação (página Estações)</translation>
        </message>
        <message>
            <source>Scale of {station} saved</source>
            <translation>Balança de {station} salva</translation>
        </message>
        <message>
            <source>Reading the scale…</source>
            <translation>Lendo a balança…</translation>
        </message>
        <message>
            <source>{grams} g, steady</source>
            <translation>{grams} g, estável</translation>
        </message>
        <message>
            <source>{grams} g, still moving</source>
            <translation>{grams} g, ainda oscilando</translation>
        </message>
    </context>
    <context>
        <name>CarriersPage</name>
        <message>
            <source>Buy through EasyPost</source>
            <translation>Comprar pela EasyPost</translation>
        </message>
        <message>
            <source>Buy from DHL Express</source>
            <translation>Comprar da DHL Express</translation>
        </message>
        <message>
            <source>Scan the carrier's label</source>
            <translation>Escanear a etiqueta da transportadora</translation>
        </message>
        <message>
            <source>Our own label</source>
            <translation>Nossa própria etiqueta</translation>
        </message>
        <message>
            <source>Store shipping method</source>
            <translation>Método de envio da loja</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportadora</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Serviço</translation>
        </message>
        <message>
            <source>cheapest by the ship-by date</source>
            <translation>o mais barato até a data de envio</translation>
        </message>
        <message>
            <source>Own-label carrier</source>
            <translation>Transportadora (etiqueta própria)</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Próximo número</translation>
        </message>
        <message>
            <source>as the store names it; * for every other</source>
            <translation>como a loja o chama; * para todos os outros</translation>
        </message>
        <message>
            <source>USPS, UPS, posten, latvijas_pasts…</source>
            <translation>USPS, UPS, posten, latvijas_pasts…</translation>
        </message>
        <message>
            <source>empty: the cheapest by the ship-by date</source>
            <translation>vazio: o mais barato até a data de envio</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Salvar mapeamento</translation>
        </message>
        <message>
            <source>Remove mapping</source>
            <translation>Remover mapeamento</translation>
        </message>
        <message>
            <source>Save ship-from address</source>
            <translation>Salvar endereço de origem</translation>
        </message>
        <message>
            <source>Save number sequence</source>
            <translation>Salvar sequência de números</translation>
        </message>
        <message>
            <source>Shipping method</source>
            <translation>Método de envio</translation>
        </message>
        <message>
            <source>Store method:</source>
            <translation>Método da loja:</translation>
        </message>
        <message>
            <source>Label comes from:</source>
            <translation>A etiqueta vem de:</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Transportadora:</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Serviço:</translation>
        </message>
        <message>
            <source>Ship-from address</source>
            <translation>Endereço de origem</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Estação:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Empresa:</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Rua:</translation>
        </message>
        <message>
            <source>Street, line 2:</source>
            <translation>Rua, linha 2:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Cidade:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>CEP:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>País:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefone:</translation>
        </message>
        <message>
            <source>Own-label numbers</source>
            <translation>Números das etiquetas próprias</translation>
        </message>
        <message>
            <source>Prefix:</source>
            <translation>Prefixo:</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>Próximo número:</translation>
        </message>
        <message>
            <source>Digits:</source>
            <translation>Dígitos:</translation>
        </message>
        <message>
            <source>Every station without its own</source>
            <translation>Todas as estações sem endereço próprio</translation>
        </message>
        <message>
            <source>Shipping method {method} mapped</source>
            <translation>Método de envio {method} mapeado</translation>
        </message>
        <message>
            <source>Shipping method {method} removed</source>
            <translation>Método de envio {method} removido</translation>
        </message>
        <message>
            <source>Ship-from address of {station} saved</source>
            <translation>Endereço de origem de {station} salvo</translation>
        </message>
        <message>
            <source>{carrier}: next own label {example}</source>
            <translation>{carrier}: próxima etiqueta própria {example}</translation>
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
            <translation>Este turno</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Embalador</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estação</translation>
        </message>
        <message>
            <source>Hour of day</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source> orders/h</source>
            <translation> pedidos/h</translation>
        </message>
        <message>
            <source>Orders per hour you expect of one packer</source>
            <translation>Pedidos por hora esperados de um embalador</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Carregando…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>Por:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Meta:</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Retido</translation>
        </message>
        <message>
            <source>Ship as &amp;packed</source>
            <translation>Enviar como &amp;embalado</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: go on with what was packed (the store is told only the units packed)</source>
            <translation>A loja alterou este pedido depois do início da separação: siga com o que foi embalado (a loja só é avisada dos itens embalados)</translation>
        </message>
        <message>
            <source>&amp;Re-pick</source>
            <translation>&amp;Separar de novo</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: put the picked units back in their bins and start it over with the store's lines at the next pull</source>
            <translation>A loja alterou este pedido depois que a separação começou: devolva os itens separados aos endereços e recomece com os itens da loja na próxima importação</translation>
        </message>
        <message>
            <source>Orders shipped per hour</source>
            <translation>Pedidos enviados por hora</translation>
        </message>
        <message>
            <source>Orders per hour by packer</source>
            <translation>Pedidos por hora por embalador</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Atualizando…</translation>
        </message>
        <message numerus="yes">
            <source>On hold: %n order(s)</source>
            <translation>
                <numerusform>Retido: %n pedido</numerusform>
                <numerusform>Retidos: %n pedidos</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · updated {time}</source>
            <translation>{period} · atualizado às {time}</translation>
        </message>
        <message>
            <source>Figures not updated: {error}</source>
            <translation>Números não atualizados: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{number} starts over: %n unit(s) back in their bins; the next pull brings the store's lines</source>
            <translation>
                <numerusform>{number} recomeça: %n item de volta ao endereço; a próxima importação traz os itens da loja</numerusform>
                <numerusform>{number} recomeça: %n itens de volta aos endereços; a próxima importação traz os itens da loja</numerusform>
            </translation>
        </message>
        <message>
            <source>Not changed: {message}</source>
            <translation>Não alterado: {message}</translation>
        </message>
        <message>
            <source>Target not saved: {error}</source>
            <translation>Meta não salva: {error}</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exportado para {file}</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Não exportado: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Team target (%n packer(s))</source>
            <translation>
                <numerusform>Meta da equipe (%n embalador)</numerusform>
                <numerusform>Meta da equipe (%n embaladores)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export figures</source>
            <translation>Exportar números</translation>
        </message>
        <message>
            <source>{number} goes on as packed</source>
            <translation>{number} segue como embalado</translation>
        </message>
        <message>
            <source>Not changed: {error}</source>
            <translation>Não alterado: {error}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Orders shipped</source>
            <translation>Pedidos enviados</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(não registrado)</translation>
        </message>
        <message>
            <source>Orders per hour</source>
            <translation>Pedidos por hora</translation>
        </message>
        <message>
            <source>Target per packer</source>
            <translation>Meta por embalador</translation>
        </message>
    </context>
    <context>
        <name>FinishingPage</name>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>tag: {tag}</source>
            <translation>etiqueta: {tag}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Verificação</translation>
        </message>
        <message>
            <source>or a tag: fragile, electronics…</source>
            <translation>ou uma etiqueta: frágil, eletrônicos…</translation>
        </message>
        <message>
            <source>seal intact</source>
            <translation>lacre intacto</translation>
        </message>
        <message>
            <source>Add check</source>
            <translation>Adicionar verificação</translation>
        </message>
        <message>
            <source>Remove check</source>
            <translation>Remover verificação</translation>
        </message>
        <message>
            <source>fragile, electronics</source>
            <translation>frágil, eletrônicos</translation>
        </message>
        <message>
            <source>Save tags</source>
            <translation>Salvar etiquetas</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>every order</source>
            <translation>todo pedido</translation>
        </message>
        <message>
            <source>a customer's first order</source>
            <translation>o primeiro pedido de um cliente</translation>
        </message>
        <message>
            <source>orders above the amount</source>
            <translation>pedidos acima do valor</translation>
        </message>
        <message>
            <source>empty: no code on the card</source>
            <translation>vazio: sem código no cartão</translation>
        </message>
        <message>
            <source>Save links and card</source>
            <translation>Salvar links e cartão</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>Verificação de qualidade</translation>
        </message>
        <message>
            <source>Product SKU:</source>
            <translation>SKU do produto:</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Verificação:</translation>
        </message>
        <message>
            <source>Tags of SKU:</source>
            <translation>Etiquetas do SKU:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Etiquetas:</translation>
        </message>
        <message>
            <source>Slip QR codes ({order}, {token})</source>
            <translation>Códigos QR da guia ({order}, {token})</translation>
        </message>
        <message>
            <source>Review page:</source>
            <translation>Página de avaliação:</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Página de devoluções:</translation>
        </message>
        <message>
            <source>Thank-you card ({name}, {code})</source>
            <translation>Cartão de agradecimento ({name}, {code})</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Imprimir para:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Valor:</translation>
        </message>
        <message>
            <source>Next-order code:</source>
            <translation>Código para o próximo pedido:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>Check added: {check}</source>
            <translation>Verificação adicionada: {check}</translation>
        </message>
        <message>
            <source>Select a check first</source>
            <translation>Selecione uma verificação primeiro</translation>
        </message>
        <message>
            <source>Check removed: {check}</source>
            <translation>Verificação removida: {check}</translation>
        </message>
        <message>
            <source>{sku} is tagged: {tags}</source>
            <translation>{sku} tem as etiquetas: {tags}</translation>
        </message>
        <message>
            <source>Links and card saved</source>
            <translation>Links e cartão salvos</translation>
        </message>
    </context>
    <context>
        <name>GiftMessageDialog</name>
        <message>
            <source>Gift card message</source>
            <translation>Mensagem do cartão</translation>
        </message>
        <message>
            <source>The card message was read from the customer's note. Check it, correct it if needed, then confirm.</source>
            <translation>A mensagem do cartão veio da observação do cliente. Confira, corrija se precisar e confirme.</translation>
        </message>
        <message>
            <source>Confirm message</source>
            <translation>Confirmar mensagem</translation>
        </message>
    </context>
    <context>
        <name>HeldOrdersModel</name>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Held while</source>
            <translation>Retido durante</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Embalador</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estação</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Hora (UTC)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estação</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalhe</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>leitura</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>foto</translation>
        </message>
        <message>
            <source>shipment</source>
            <translation>envio</translation>
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
            <translation>Bipe aqui — ou digite um código e tecle Enter</translation>
        </message>
        <message>
            <source>Sc&amp;an:</source>
            <translation>&amp;Bipar:</translation>
        </message>
        <message>
            <source>Station {name} is ready</source>
            <translation>Estação {name} pronta</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Estação</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Desfazer última bipagem</translation>
        </message>
        <message>
            <source>&amp;Batch pick (several small orders)</source>
            <translation>Separação em &amp;lote (vários pedidos pequenos)</translation>
        </message>
        <message>
            <source>Back to the &amp;station screen</source>
            <translation>Voltar à tela da &amp;estação</translation>
        </message>
        <message>
            <source>Back to the &amp;scan field</source>
            <translation>Voltar ao campo de &amp;bipagem</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Líder</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Painel</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>&amp;Administração</translation>
        </message>
        <message>
            <source>&amp;Note conflicts</source>
            <translation>&amp;Conflitos de observação</translation>
        </message>
        <message>
            <source>The database cannot be reached, so nothing was recorded: try again in a moment (the status bar shows when it is back)</source>
            <translation>Sem acesso ao banco de dados, nada foi registrado: tente de novo daqui a pouco (a barra de status mostra quando voltar)</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Deu algo errado: {error}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Não feito</translation>
        </message>
        <message>
            <source>the badge</source>
            <translation>o crachá</translation>
        </message>
        <message>
            <source>The database cannot be reached: scan {code} again when the status bar shows it is back</source>
            <translation>Sem acesso ao banco de dados: bipe {code} de novo quando a barra de status mostrar que voltou</translation>
        </message>
        <message>
            <source>{code}: {error} — scan it again</source>
            <translation>{code}: {error} — bipe de novo</translation>
        </message>
        <message>
            <source>Scan NOT recorded</source>
            <translation>Bipagem NÃO registrada</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Deu algo errado</translation>
        </message>
        <message>
            <source>Order complete, but printing failed</source>
            <translation>Pedido completo, mas a impressão falhou</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint (F7)</source>
            <translation>— arrume a impressora e reimprima (F7)</translation>
        </message>
        <message>
            <source>&amp;Next order</source>
            <translation>&amp;Próximo pedido</translation>
        </message>
        <message>
            <source>Admin &amp;area</source>
            <translation>Área de &amp;administração</translation>
        </message>
        <message>
            <source>&amp;Returns at the bench</source>
            <translation>&amp;Devoluções na bancada</translation>
        </message>
        <message>
            <source>&amp;Returns by reason and product</source>
            <translation>&amp;Devoluções por motivo e produto</translation>
        </message>
        <message>
            <source>Take the &amp;next order after each shipment</source>
            <translation>Pegar o &amp;próximo pedido após cada envio</translation>
        </message>
        <message>
            <source>Where the picker is the packer, the next order is taken by itself once an order ships</source>
            <translation>Onde quem separa também embala, o próximo pedido é pego sozinho assim que um pedido é enviado</translation>
        </message>
        <message>
            <source>&amp;Bins</source>
            <translation>&amp;Endereços</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>P&amp;rodutos</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Usuários</translation>
        </message>
        <message>
            <source>S&amp;tations</source>
            <translation>Es&amp;tações</translation>
        </message>
        <message>
            <source>Store &amp;connections</source>
            <translation>&amp;Lojas</translation>
        </message>
        <message>
            <source>The tracking field already holds {typed}</source>
            <translation>O campo de rastreio já tem {typed}</translation>
        </message>
        <message>
            <source>Scanned {code}: clear the field first to use it instead</source>
            <translation>Bipado {code}: limpe o campo antes para usar este</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Bem-vindo(a), {name}</translation>
        </message>
        <message>
            <source>A badge: switch user?</source>
            <translation>Um crachá: trocar de usuário?</translation>
        </message>
        <message>
            <source>Scan the same badge again to sign in with it; order {number} stays at this station</source>
            <translation>Bipe o mesmo crachá de novo para entrar com ele; o pedido {number} fica nesta estação</translation>
        </message>
        <message>
            <source>Order {number} resumed at bin {step} of {steps}</source>
            <translation>Pedido {number} retomado no endereço {step} de {steps}</translation>
        </message>
        <message>
            <source>Order {number} resumed at packing: {done} of {units} items checked</source>
            <translation>Pedido {number} retomado na embalagem: {done} de {units} itens conferidos</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Pedido {number} completo</translation>
        </message>
        <message>
            <source>Scan the box, then put the parcel on the scale</source>
            <translation>Leia a caixa e coloque o pacote na balança</translation>
        </message>
        <message>
            <source>Some text cannot print</source>
            <translation>Há texto que não pode ser impresso</translation>
        </message>
        <message>
            <source>— F7 prints anyway, Esc stops</source>
            <translation>— F7 imprime mesmo assim, Esc cancela</translation>
        </message>
        <message>
            <source>Check the parcel and weigh it again, or a lead scans their badge</source>
            <translation>Confira o pacote e pese de novo, ou um líder lê o crachá</translation>
        </message>
        <message>
            <source>Parcel weighed</source>
            <translation>Volume pesado</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Leia a observação do cliente e depois F6: a nota e a etiqueta são impressas em seguida</translation>
        </message>
        <message>
            <source>— fix the printer, then Reprint label</source>
            <translation>— arrume a impressora e use Reimprimir etiqueta</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 para o próximo pedido, ou bipe o código de um pedido</translation>
        </message>
        <message>
            <source>pick it to the end</source>
            <translation>termine a separação</translation>
        </message>
        <message>
            <source>pack and ship it</source>
            <translation>embale e envie</translation>
        </message>
        <message>
            <source>No new order: order {number} is in hand</source>
            <translation>Sem pedido novo: o pedido {number} está em mãos</translation>
        </message>
        <message>
            <source>One order at a time: {what} first (F4 shows it)</source>
            <translation>Um pedido por vez: antes {what} (F4 mostra)</translation>
        </message>
        <message>
            <source>The queue is empty</source>
            <translation>A fila está vazia</translation>
        </message>
        <message>
            <source>No order is waiting to be packed</source>
            <translation>Nenhum pedido para embalar</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>O pedido {number} é seu</translation>
        </message>
        <message>
            <source>Go to the first bin and scan its label</source>
            <translation>Vá ao primeiro endereço e bipe a etiqueta</translation>
        </message>
        <message>
            <source>No small orders to batch</source>
            <translation>Nenhum pedido pequeno para juntar</translation>
        </message>
        <message>
            <source>Take the next order with F2</source>
            <translation>Pegue o próximo pedido com F2</translation>
        </message>
        <message>
            <source>Batch of {count} orders: {numbers}</source>
            <translation>Lote de {count} pedidos: {numbers}</translation>
        </message>
        <message>
            <source>One tote slot per order: the screen shows each item's slot</source>
            <translation>Uma divisória da caixa por pedido: a tela mostra a divisória de cada item</translation>
        </message>
        <message>
            <source>Short pick recorded: order {number} is on hold</source>
            <translation>Falta registrada: pedido {number} retido</translation>
        </message>
        <message>
            <source>{reason}. A lead will see it; put its items aside.</source>
            <translation>{reason}. O líder vai ver; separe os itens.</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Falta registrada</translation>
        </message>
        <message>
            <source>Another bin holds this item: follow the screen to it</source>
            <translation>Outro endereço tem este item: siga a tela</translation>
        </message>
        <message>
            <source>Note acknowledged</source>
            <translation>Observação lida</translation>
        </message>
        <message>
            <source>Slip and label are printing</source>
            <translation>Nota e etiqueta sendo impressas</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Nota de presente</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Cartão</translation>
        </message>
        <message>
            <source>Wrapping</source>
            <translation>Embrulho</translation>
        </message>
        <message>
            <source>{step} done</source>
            <translation>{step}: feito</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Impressão falhou</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint</source>
            <translation>— arrume a impressora e reimprima</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impresso</translation>
        </message>
        <message>
            <source>Weigh the parcel first</source>
            <translation>Pese o pacote primeiro</translation>
        </message>
        <message>
            <source>Already printed: reprint?</source>
            <translation>Já impresso: imprimir de novo?</translation>
        </message>
        <message>
            <source>Press F7 again to print slip and label again, or Reprint slip / Reprint label for one</source>
            <translation>Aperte F7 de novo para imprimir nota e etiqueta outra vez, ou Reimprimir nota / Reimprimir etiqueta para só uma</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Pedido {number} enviado</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Rastreio {tracking} · próximo pedido: F2 ou bipe</translation>
        </message>
        <message>
            <source>The queue is empty: no order is waiting to be packed</source>
            <translation>A fila está vazia: nenhum pedido espera ser embalado</translation>
        </message>
        <message>
            <source>Order {number} shipped · next: order {next}</source>
            <translation>Pedido {number} enviado · próximo: pedido {next}</translation>
        </message>
        <message>
            <source>Reprint the label before shipping (F7)</source>
            <translation>Reimprima a etiqueta antes de enviar (F7)</translation>
        </message>
        <message>
            <source>Carrier, weight or tracking changed after the label printed: the label on the parcel must say the same</source>
            <translation>Transportadora, peso ou rastreio mudou depois que a etiqueta foi impressa: a etiqueta do volume precisa dizer o mesmo</translation>
        </message>
        <message>
            <source>Lead: scan your badge to vouch for this line</source>
            <translation>Líder: bipe seu crachá para liberar esta linha</translation>
        </message>
        <message>
            <source>{item} — Esc cancels</source>
            <translation>{item} — Esc cancela</translation>
        </message>
        <message>
            <source>Printing stopped</source>
            <translation>Impressão interrompida</translation>
        </message>
        <message>
            <source>Override cancelled</source>
            <translation>Liberação cancelada</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>Order {numbers} is in hand.</source>
            <translation>O pedido {numbers} está em mãos.</translation>
        </message>
        <message>
            <source>Orders {numbers} are in hand.</source>
            <translation>Os pedidos {numbers} estão em mãos.</translation>
        </message>
        <message>
            <source>Keep it: it stays at this station, held for {minutes} min, for whoever signs in next. Put it back: any station may take it from the queue; what was picked stays picked.</source>
            <translation>Manter: fica nesta estação, reservado por {minutes} min, para quem entrar em seguida. Devolver: qualquer estação pode pegá-lo da fila; o que foi separado continua separado.</translation>
        </message>
        <message>
            <source>Keep it here</source>
            <translation>Manter aqui</translation>
        </message>
        <message>
            <source>Put it back in the queue</source>
            <translation>Devolver para a fila</translation>
        </message>
        <message>
            <source>The order in hand went back to the queue. {detail}</source>
            <translation>O pedido em mãos voltou para a fila. {detail}</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Você saiu</translation>
        </message>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Bipe seu crachá para entrar</translation>
        </message>
        <message>
            <source>Signed out after {minutes} min without activity</source>
            <translation>Saída após {minutes} min sem atividade</translation>
        </message>
        <message>
            <source>Scan your badge to sign in again</source>
            <translation>Bipe seu crachá para entrar de novo</translation>
        </message>
        <message>
            <source>Printer: {says}</source>
            <translation>Impressora: {says}</translation>
        </message>
        <message>
            <source>Printer FAILED: {title}</source>
            <translation>Impressora FALHOU: {title}</translation>
        </message>
        <message>
            <source>Printer holds {title}: {says}</source>
            <translation>A impressora segurou {title}: {says}</translation>
        </message>
        <message>
            <source>Printer OK</source>
            <translation>Impressora OK</translation>
        </message>
        <message>
            <source>{title} printed</source>
            <translation>{title} impresso</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Imprimindo…</translation>
        </message>
        <message>
            <source>{title}: {status}</source>
            <translation>{title}: {status}</translation>
        </message>
        <message>
            <source>Not for this role</source>
            <translation>Não é para esta função</translation>
        </message>
        <message>
            <source>This screen needs a {role}</source>
            <translation>Esta tela exige a função {role}</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Indisponível</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administração</translation>
        </message>
        <message>
            <source>Note conflicts</source>
            <translation>Conflitos de observação</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Devoluções</translation>
        </message>
        <message>
            <source>Returns by reason and product</source>
            <translation>Devoluções por motivo e produto</translation>
        </message>
        <message>
            <source>F4: back to the station screen</source>
            <translation>F4: voltar à tela da estação</translation>
        </message>
    </context>
    <context>
        <name>NoteConflictWidget</name>
        <message>
            <source>Notes that ask for another variant</source>
            <translation>Observações que pedem outra variação</translation>
        </message>
        <message>
            <source>No order is waiting for a note decision.</source>
            <translation>Nenhum pedido aguarda decisão sobre observação.</translation>
        </message>
        <message>
            <source>Pack as &amp;ordered</source>
            <translation>Embalar como &amp;pedido</translation>
        </message>
        <message>
            <source>Pack as the &amp;note says</source>
            <translation>Embalar como diz a &amp;observação</translation>
        </message>
        <message>
            <source>&amp;Contact the customer</source>
            <translation>&amp;Falar com o cliente</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>The customer wrote:</source>
            <translation>O cliente escreveu:</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Pedido {number}</translation>
        </message>
        <message>
            <source>waiting for the customer</source>
            <translation>aguardando o cliente</translation>
        </message>
        <message>
            <source>Line {line}: {item} — ordered {attribute} {ordered}, the note asks for {requested}</source>
            <translation>Linha {line}: {item} — pedido {attribute} {ordered}, a observação pede {requested}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: pack it as ordered.</source>
            <translation>O pedido {number} volta para a fila: embale como pedido.</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: the scanner now expects the variant the note asks for.</source>
            <translation>O pedido {number} volta para a fila: o leitor agora espera a variação da observação.</translation>
        </message>
        <message>
            <source>Order {number} stays on hold until the customer answers.</source>
            <translation>O pedido {number} fica retido até o cliente responder.</translation>
        </message>
    </context>
    <context>
        <name>NoteRequestsView</name>
        <message>
            <source>Line {line}: the note is unclear about the {what} — read it</source>
            <translation>Linha {line}: a observação não está clara sobre {what} — leia</translation>
        </message>
        <message>
            <source>Line {line}: note asked for {what} {value} — {lead} decided: pack as ordered</source>
            <translation>Linha {line}: a observação pedia {what} {value} — {lead} decidiu: embalar como pedido</translation>
        </message>
        <message>
            <source>✓ scanned</source>
            <translation>✓ bipado</translation>
        </message>
        <message>
            <source>the scan checks it</source>
            <translation>a bipagem confere</translation>
        </message>
        <message>
            <source>Line {line}: note asks for {values} — matches; {check}</source>
            <translation>Linha {line}: a observação pede {values} — confere; {check}</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryDialog</name>
        <message>
            <source>Order history</source>
            <translation>Histórico do pedido</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryWidget</name>
        <message>
            <source>Order number, e.g. #10001</source>
            <translation>Número do pedido, ex. #10001</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>Mostrar histórico</translation>
        </message>
        <message>
            <source>Order {number} ({status}): {scans} scans, {photos} photos</source>
            <translation>Pedido {number} ({status}): {scans} leituras, {photos} fotos</translation>
        </message>
        <message>
            <source>No parcel photo</source>
            <translation>Sem foto do pacote</translation>
        </message>
        <message>
            <source>The photo file is missing</source>
            <translation>O arquivo da foto está faltando</translation>
        </message>
        <message>
            <source>{moment} photo, {station}, {who}, {at} UTC
SHA-256 {sha}</source>
            <translation>Foto {moment}, {station}, {who}, {at} UTC
SHA-256 {sha}</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>separando</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>embalando</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>embalado</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>retido</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
    </context>
    <context>
        <name>PackLineModel</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Lido</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Obs.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>override: {lead}</source>
            <translation>liberado por: {lead}</translation>
        </message>
        <message>
            <source>{count} short</source>
            <translation>faltam {count}</translation>
        </message>
        <message>
            <source>pack {sku} (per note)</source>
            <translation>embalar {sku} (pela observação)</translation>
        </message>
    </context>
    <context>
        <name>PackScreen</name>
        <message>
            <source>Note from the customer</source>
            <translation>Observação do cliente</translation>
        </message>
        <message>
            <source>I have read the note  (F6)</source>
            <translation>Li a observação  (F6)</translation>
        </message>
        <message>
            <source>Gift order</source>
            <translation>Pedido de presente</translation>
        </message>
        <message>
            <source>1  Gift slip, no prices  (Ctrl+1)</source>
            <translation>1  Nota de presente, sem preços  (Ctrl+1)</translation>
        </message>
        <message>
            <source>2  Message card in  (Ctrl+2)</source>
            <translation>2  Cartão colocado  (Ctrl+2)</translation>
        </message>
        <message>
            <source>3  Wrapped  (Ctrl+3)</source>
            <translation>3  Embrulhado  (Ctrl+3)</translation>
        </message>
        <message>
            <source>Print message card  (Ctrl+P)</source>
            <translation>Imprimir cartão  (Ctrl+P)</translation>
        </message>
        <message>
            <source>All checks pass  (Alt+0)</source>
            <translation>Todas as verificações OK  (Alt+0)</translation>
        </message>
        <message>
            <source>A check failed  (F9)</source>
            <translation>Uma verificação falhou  (F9)</translation>
        </message>
        <message>
            <source>Scan the carrier label</source>
            <translation>Escaneie a etiqueta da transportadora</translation>
        </message>
        <message>
            <source>from the printed label</source>
            <translation>da etiqueta impressa</translation>
        </message>
        <message>
            <source>Print slip + label  (F7)</source>
            <translation>Imprimir nota + etiqueta  (F7)</translation>
        </message>
        <message>
            <source>Reprint sli&amp;p</source>
            <translation>Reimprimir &amp;nota</translation>
        </message>
        <message>
            <source>Reprint la&amp;bel</source>
            <translation>Reimprimir e&amp;tiqueta</translation>
        </message>
        <message>
            <source>Lead override of line  (F8)</source>
            <translation>Liberação da linha pelo líder  (F8)</translation>
        </message>
        <message>
            <source>Ship  (F10)</source>
            <translation>Enviar  (F10)</translation>
        </message>
        <message>
            <source>&amp;Carrier</source>
            <translation>&amp;Transportadora</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Peso</translation>
        </message>
        <message>
            <source>&amp;Tracking</source>
            <translation>&amp;Rastreio</translation>
        </message>
        <message>
            <source>  EXPRESS</source>
            <translation>  EXPRESSO</translation>
        </message>
        <message>
            <source>Pack order {number} — {ship_to} — {method}</source>
            <translation>Embalar pedido {number} — {ship_to} — {method}</translation>
        </message>
        <message>
            <source>{done} of {total} items</source>
            <translation>{done} de {total} itens</translation>
        </message>
        <message>
            <source>Note from the customer — read by {name}</source>
            <translation>Observação do cliente — lida por {name}</translation>
        </message>
        <message>
            <source>Note from the customer — read it, then press F6</source>
            <translation>Observação do cliente — leia e tecle F6</translation>
        </message>
        <message>
            <source>Check {item} before it goes in the box</source>
            <translation>Verifique {item} antes de colocar na caixa</translation>
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
            <translation>✗ Falhou</translation>
        </message>
        <message>
            <source>Ready: scan the label on the parcel to ship it, or Ship (F10)</source>
            <translation>Pronto: bipe a etiqueta do volume para enviar, ou Enviar (F10)</translation>
        </message>
        <message>
            <source>scan the remaining items</source>
            <translation>bipe os itens que faltam</translation>
        </message>
        <message>
            <source>acknowledge the note (F6)</source>
            <translation>confirme a observação (F6)</translation>
        </message>
        <message>
            <source>gift slip (Ctrl+1)</source>
            <translation>nota de presente (Ctrl+1)</translation>
        </message>
        <message>
            <source>message card (Ctrl+2)</source>
            <translation>cartão (Ctrl+2)</translation>
        </message>
        <message>
            <source>wrap (Ctrl+3)</source>
            <translation>embrulho (Ctrl+3)</translation>
        </message>
        <message>
            <source>print the label (Reprint label)</source>
            <translation>imprima a etiqueta (Reimprimir etiqueta)</translation>
        </message>
        <message>
            <source>print the label (F7)</source>
            <translation>imprima a etiqueta (F7)</translation>
        </message>
        <message>
            <source>reprint the label: carrier, weight or tracking changed (F7)</source>
            <translation>reimprima a etiqueta: transportadora, peso ou rastreio mudou (F7)</translation>
        </message>
        <message>
            <source>scan the carrier label into Tracking</source>
            <translation>escanear a etiqueta da transportadora em Rastreio</translation>
        </message>
        <message>
            <source>{reason} — a lead's badge lets it ship unpaid</source>
            <translation>{reason} — o crachá de um líder permite enviá-lo sem pagamento</translation>
        </message>
        <message>
            <source>Still to do: {steps}</source>
            <translation>Falta: {steps}</translation>
        </message>
    </context>
    <context>
        <name>ParcelPhotographer</name>
        <message>
            <source>No camera</source>
            <translation>Sem câmera</translation>
        </message>
        <message>
            <source>No camera at this station</source>
            <translation>Sem câmera nesta estação</translation>
        </message>
    </context>
    <context>
        <name>PickListModel</name>
        <message>
            <source>Bin</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Pegos</translation>
        </message>
        <message>
            <source>Tote slots</source>
            <translation>Divisórias</translation>
        </message>
        <message>
            <source>no bin</source>
            <translation>sem endereço</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>slot {slot}: {qty}</source>
            <translation>divisória {slot}: {qty}</translation>
        </message>
    </context>
    <context>
        <name>PickScreen</name>
        <message>
            <source>Go to bin</source>
            <translation>Vá ao endereço</translation>
        </message>
        <message>
            <source>bin empty</source>
            <translation>endereço vazio</translation>
        </message>
        <message>
            <source>not enough in bin</source>
            <translation>falta no endereço</translation>
        </message>
        <message>
            <source>item damaged</source>
            <translation>item avariado</translation>
        </message>
        <message>
            <source>wrong item in bin</source>
            <translation>item errado no endereço</translation>
        </message>
        <message>
            <source>Short pick  (F9)</source>
            <translation>Falta  (F9)</translation>
        </message>
        <message>
            <source>The bin does not hold enough: record it and put the order on hold for a lead</source>
            <translation>O endereço não tem o suficiente: registre a falta e o pedido fica retido para o líder</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Batch pick: {count} orders ({numbers})</source>
            <translation>Separação em lote: {count} pedidos ({numbers})</translation>
        </message>
        <message>
            <source>Pick order {number}</source>
            <translation>Separar pedido {number}</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Separação</translation>
        </message>
        <message>
            <source>Bin {step} of {steps} · {taken} of {units} items</source>
            <translation>Endereço {step} de {steps} · {taken} de {units} itens</translation>
        </message>
        <message>
            <source>Everything is picked: go to the packing bench</source>
            <translation>Tudo separado: vá para a bancada de embalagem</translation>
        </message>
        <message>
            <source>NO BIN</source>
            <translation>SEM ENDEREÇO</translation>
        </message>
        <message>
            <source>Take {count}</source>
            <translation>Pegue {count}</translation>
        </message>
        <message>
            <source>No bin holds this item: record a short pick (F9)</source>
            <translation>Nenhum endereço tem este item: registre a falta (F9)</translation>
        </message>
        <message>
            <source>Scan each item ({picked} of {total} taken)</source>
            <translation>Bipe cada item ({picked} de {total} pegos)</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Bipe primeiro a etiqueta do endereço</translation>
        </message>
        <message>
            <source>{marker}Slot {slot}: {left} × ({number})</source>
            <translation>{marker}Divisória {slot}: {left} × ({number})</translation>
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
            <translation>Nome</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variação</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Códigos de barras</translation>
        </message>
        <message>
            <source>Search SKU, name or scan a barcode…</source>
            <translation>Buscar SKU, nome ou bipar código…</translation>
        </message>
        <message>
            <source>EAN/UPC/GTIN or store codes, comma-separated</source>
            <translation>EAN/UPC/GTIN ou códigos da loja, separados por vírgula</translation>
        </message>
        <message>
            <source>for parcels leaving the customs union: 6109.10</source>
            <translation>para volumes que saem da união aduaneira: 6109.10</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Save as new product</source>
            <translation>Salvar como novo produto</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Se uma linha estiver errada: não importar nada</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Se uma linha estiver errada: importar as linhas válidas</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importar CSV…</translation>
        </message>
        <message>
            <source>Import from the store's catalogue</source>
            <translation>Importar do catálogo da loja</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>SKU:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Variant:</source>
            <translation>Variação:</translation>
        </message>
        <message>
            <source>Barcodes:</source>
            <translation>Códigos de barras:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Peso:</translation>
        </message>
        <message>
            <source>HS code:</source>
            <translation>Código SH:</translation>
        </message>
        <message>
            <source>Made in (country):</source>
            <translation>Fabricado em (país):</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Select a product first, or save as a new one</source>
            <translation>Selecione um produto antes, ou salve como novo</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} salvo</translation>
        </message>
        <message>
            <source>Reading the catalogue of {store}…</source>
            <translation>Lendo o catálogo de {store}…</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Linha {line}: {error}</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Importar produtos</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Set up a store connection first</source>
            <translation>Configure antes uma loja</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <source>Quality checks failed</source>
            <translation>Verificações de qualidade falhas</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Failed check</source>
            <translation>Verificação falha</translation>
        </message>
        <message>
            <source>Units set aside</source>
            <translation>Unidades separadas</translation>
        </message>
        <message>
            <source>Export quality CSV…</source>
            <translation>Exportar qualidade em CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Quality checks failed: %n unit(s)</source>
            <translation>
                <numerusform>Verificações de qualidade falhas: %n unidade</numerusform>
                <numerusform>Verificações de qualidade falhas: %n unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {error}</source>
            <translation>Não atualizado: {error}</translation>
        </message>
        <message>
            <source>Export quality failures</source>
            <translation>Exportar falhas de qualidade</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exportado para {file}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Enviar até</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Frete</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Destinatário</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Itens</translation>
        </message>
        <message>
            <source>Gift / note / hold</source>
            <translation>Presente / obs. / retido</translation>
        </message>
        <message>
            <source>At station</source>
            <translation>Na estação</translation>
        </message>
        <message>
            <source>On hold: {reason}</source>
            <translation>Retido: {reason}</translation>
        </message>
        <message>
            <source>gift</source>
            <translation>presente</translation>
        </message>
        <message>
            <source>note</source>
            <translation>obs.</translation>
        </message>
        <message>
            <source>held: {reason}</source>
            <translation>retido: {reason}</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <source>Next order  (F2)</source>
            <translation>Próximo pedido  (F2)</translation>
        </message>
        <message>
            <source>…or scan an order barcode to take that order</source>
            <translation>…ou bipe o código de um pedido para pegá-lo</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Pedidos abertos</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>Todos os pedidos</translation>
        </message>
        <message>
            <source>Filter: order, name, country…</source>
            <translation>Filtrar: pedido, nome, país…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Refresh  (F5)</source>
            <translation>Atualizar  (F5)</translation>
        </message>
        <message>
            <source>&amp;Take selected</source>
            <translation>&amp;Pegar selecionado</translation>
        </message>
    </context>
    <context>
        <name>RefusedMessagesModel</name>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Loja</translation>
        </message>
        <message>
            <source>The store said</source>
            <translation>A loja disse</translation>
        </message>
    </context>
    <context>
        <name>ReturnsReportWidget</name>
        <message>
            <source>Returned units</source>
            <translation>Unidades devolvidas</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Taxa de devolução</translation>
        </message>
        <message>
            <source>Packed by</source>
            <translation>Embalado por</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Devolução</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Approve the selected refund</source>
            <translation>Aprovar o reembolso selecionado</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Refunds waiting for a lead's approval: %n</source>
            <translation>
                <numerusform>Reembolso aguardando aprovação de um líder: %n</numerusform>
                <numerusform>Reembolsos aguardando aprovação de um líder: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Export returns</source>
            <translation>Exportar devoluções</translation>
        </message>
    </context>
    <context>
        <name>ReturnsWidget</name>
        <message>
            <source>resellable</source>
            <translation>revendável</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>aberto</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>danificado</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>item errado</translation>
        </message>
        <message>
            <source>Returns: scan the order barcode, the return code or type the order number</source>
            <translation>Devoluções: leia o código de barras do pedido, o código da devolução ou digite o número do pedido</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Devolvido</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Lido</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Vai para</translation>
        </message>
        <message>
            <source>Reason (the store's list or the customer's words)</source>
            <translation>Motivo (lista da loja ou palavras do cliente)</translation>
        </message>
        <message>
            <source>F10 Close return and refund</source>
            <translation>F10 Fechar devolução e reembolsar</translation>
        </message>
        <message>
            <source>Return receipt (PDF)</source>
            <translation>Comprovante de devolução (PDF)</translation>
        </message>
        <message>
            <source>return {code} announced by the store</source>
            <translation>devolução {code} avisada pela loja</translation>
        </message>
        <message>
            <source>not announced by the store: the lead will see it</source>
            <translation>não avisada pela loja: o líder vai ver</translation>
        </message>
        <message>
            <source>Return of order {number}</source>
            <translation>Devolução do pedido {number}</translation>
        </message>
        <message>
            <source>Scan each returned unit; {announced}</source>
            <translation>Leia cada unidade devolvida; {announced}</translation>
        </message>
        <message>
            <source>{sku} received; condition: F5–F8</source>
            <translation>{sku} recebido; estado: F5–F8</translation>
        </message>
        <message>
            <source>sent to the store through the outbox</source>
            <translation>enviado à loja pela fila de saída</translation>
        </message>
        <message>
            <source>waits for a lead's approval</source>
            <translation>aguarda aprovação de um líder</translation>
        </message>
        <message>
            <source>Return {id} closed: refund {amount} {currency} {status}</source>
            <translation>Devolução {id} fechada: reembolso {amount} {currency} {status}</translation>
        </message>
        <message>
            <source>Scan the next order to receive another return</source>
            <translation>Leia o próximo pedido para receber outra devolução</translation>
        </message>
        <message>
            <source>Save the return receipt</source>
            <translation>Salvar o comprovante de devolução</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Packer</source>
            <translation>Embalador</translation>
        </message>
        <message>
            <source>Shift lead</source>
            <translation>Líder de turno</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administrador</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Lido</translation>
        </message>
        <message>
            <source>Put the scanned item back and scan the expected one</source>
            <translation>Devolva o item lido e leia o esperado</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>sem foto</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Bipe seu crachá para entrar</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Estação {name}</translation>
        </message>
        <message>
            <source>No scanner? Type the badge code into the scan field above and press Enter.</source>
            <translation>Sem leitor? Digite o código do crachá no campo acima e tecle Enter.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Senha</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Entrar</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;Senha</translation>
        </message>
        <message>
            <source>…or choose your name and type your PIN</source>
            <translation>…ou escolha seu nome e digite sua senha</translation>
        </message>
        <message>
            <source>Language of this station</source>
            <translation>Idioma desta estação</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Escolha seu nome antes.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Digite sua senha.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>P&amp;ull now</source>
            <translation>&amp;Buscar agora</translation>
        </message>
        <message>
            <source>Fetch new orders from the stores now</source>
            <translation>Buscar agora os novos pedidos das lojas</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Estação {name}</translation>
        </message>
        <message>
            <source>Printer: idle</source>
            <translation>Impressora: parada</translation>
        </message>
        <message>
            <source>no scanner yet</source>
            <translation>sem leitor ainda</translation>
        </message>
        <message>
            <source>Database: …</source>
            <translation>Banco: …</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Última busca: nunca</translation>
        </message>
        <message>
            <source>Outbox: …</source>
            <translation>A enviar: …</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>Conectado: {name} ({role})</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Ninguém conectado</translation>
        </message>
        <message>
            <source>Scanner: not working</source>
            <translation>Leitor: não funciona</translation>
        </message>
        <message>
            <source>Scanner: {message}</source>
            <translation>Leitor: {message}</translation>
        </message>
        <message numerus="yes">
            <source>Pulling: %n order(s)</source>
            <translation>
                <numerusform>Baixando: %n pedido</numerusform>
                <numerusform>Baixando: %n pedidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, page %n</source>
            <translation>
                <numerusform>, página %n</numerusform>
                <numerusform>, página %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held: </source>
            <translation>
                <numerusform>%n retido: </numerusform>
                <numerusform>%n retidos: </numerusform>
            </translation>
        </message>
        <message>
            <source>Scanner OK</source>
            <translation>Leitor OK</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Banco: {name}</translation>
        </message>
        <message>
            <source>Database unreachable: {name}</source>
            <translation>Banco fora do ar: {name}</translation>
        </message>
        <message>
            <source>Outbox: —</source>
            <translation>A enviar: —</translation>
        </message>
        <message>
            <source>Outbox stopped: {stores} refused the token</source>
            <translation>Envio parado: {stores} recusou o token</translation>
        </message>
        <message>
            <source>The store token was refused: Admin &gt; Store connections ({stores})</source>
            <translation>O token da loja foi recusado: Administração &gt; Lojas ({stores})</translation>
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation>A enviar: {count}</translation>
        </message>
        <message>
            <source>, {failed} failed</source>
            <translation>, {failed} com falha</translation>
        </message>
        <message>
            <source>Pull failed</source>
            <translation>Busca falhou</translation>
        </message>
        <message>
            <source>Last pull: {time}</source>
            <translation>Última busca: {time}</translation>
        </message>
        <message>
            <source>Database unreachable</source>
            <translation>Banco fora do ar</translation>
        </message>
        <message>
            <source>Pulling orders…</source>
            <translation>Buscando pedidos…</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Station</source>
            <translation>Estação</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation>Impressora de etiquetas</translation>
        </message>
        <message>
            <source>Slip printer</source>
            <translation>Impressora de notas</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Leitor</translation>
        </message>
        <message>
            <source>serial</source>
            <translation>serial</translation>
        </message>
        <message>
            <source>keyboard</source>
            <translation>teclado</translation>
        </message>
        <message>
            <source>Label format: automatic</source>
            <translation>Formato da etiqueta: automático</translation>
        </message>
        <message>
            <source>Keyboard (USB HID)</source>
            <translation>Teclado (USB HID)</translation>
        </message>
        <message>
            <source>Serial / USB-COM</source>
            <translation>Serial / USB-COM</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Longest pause between two characters of one scan; slower typing is a person at the keyboard</source>
            <translation>Maior pausa entre dois caracteres de uma bipagem; mais lento é alguém digitando</translation>
        </message>
        <message>
            <source>The picker is the packer</source>
            <translation>Quem separa também embala</translation>
        </message>
        <message>
            <source>A unit scanned at pick is not scanned again at packing; on by default where this is the only station</source>
            <translation>Uma unidade bipada na separação não é bipada de novo na embalagem; ligado por padrão quando esta é a única estação</translation>
        </message>
        <message>
            <source>Save station</source>
            <translation>Salvar estação</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Imprimir teste</translation>
        </message>
        <message>
            <source>Test scan: click here and scan any code</source>
            <translation>Teste do leitor: clique aqui e bipe qualquer código</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Label printer:</source>
            <translation>Impressora de etiquetas:</translation>
        </message>
        <message>
            <source>Slip printer:</source>
            <translation>Impressora de notas:</translation>
        </message>
        <message>
            <source>Scanner:</source>
            <translation>Leitor:</translation>
        </message>
        <message>
            <source>Keystroke gap:</source>
            <translation>Pausa entre teclas:</translation>
        </message>
        <message>
            <source>Serial port:</source>
            <translation>Porta serial:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Velocidade (baud):</translation>
        </message>
        <message>
            <source>A serial scanner needs its port, e.g. /dev/ttyACM0</source>
            <translation>Leitor serial precisa da porta, ex. /dev/ttyACM0</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} salvo</translation>
        </message>
        <message>
            <source>Test label sent to {printer}: it shows T-00-0-0 and its barcode</source>
            <translation>Etiqueta de teste enviada para {printer}: mostra T-00-0-0 e o código de barras</translation>
        </message>
        <message>
            <source>Read {raw} — not a code packdesk knows: {why}</source>
            <translation>Lido {raw} — código que o packdesk não conhece: {why}</translation>
        </message>
        <message>
            <source>Read a {kind} code: {key}</source>
            <translation>Lido código {kind}: {key}</translation>
        </message>
        <message>
            <source>Enter the label printer first</source>
            <translation>Informe antes a impressora de etiquetas</translation>
        </message>
        <message>
            <source>Printing a test label…</source>
            <translation>Imprimindo etiqueta de teste…</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Orders shipped in the period</source>
            <translation>Pedidos enviados no período</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Units shipped (ordered minus short-picked)</source>
            <translation>Unidades enviadas (pedidas menos as em falta)</translation>
        </message>
        <message>
            <source>Orders/h</source>
            <translation>Pedidos/h</translation>
        </message>
        <message>
            <source>Orders per hour from the first scan to the last shipment</source>
            <translation>Pedidos por hora, da primeira leitura ao último envio</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Median time per order, first scan to shipped</source>
            <translation>Tempo mediano por pedido, da primeira leitura ao envio</translation>
        </message>
        <message>
            <source>90th pct</source>
            <translation>Percentil 90</translation>
        </message>
        <message>
            <source>9 in 10 orders took at most this long</source>
            <translation>9 em cada 10 pedidos levaram no máximo este tempo</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Separação</translation>
        </message>
        <message>
            <source>Mean time from first scan to picked</source>
            <translation>Tempo médio da primeira leitura à separação concluída</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Embalagem</translation>
        </message>
        <message>
            <source>Mean time from picked to packed</source>
            <translation>Tempo médio da separação à embalagem</translation>
        </message>
        <message>
            <source>Mis-scans</source>
            <translation>Leituras erradas</translation>
        </message>
        <message>
            <source>Refused scans per scan of an item or a bin</source>
            <translation>Leituras recusadas por leitura de item ou posição</translation>
        </message>
        <message>
            <source>Short picks</source>
            <translation>Faltas</translation>
        </message>
        <message>
            <source>Items the picker could not find</source>
            <translation>Itens que o separador não encontrou</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Exceções</translation>
        </message>
        <message>
            <source>Lead overrides recorded</source>
            <translation>Exceções do líder registradas</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(não registrado)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>StoreSyncPanel</name>
        <message>
            <source>Stores</source>
            <translation>Lojas</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Última busca: nunca</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Tentar de novo</translation>
        </message>
        <message>
            <source>Send the selected message to the store again</source>
            <translation>Enviar de novo a mensagem selecionada à loja</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Do not send the selected message (the store was told by hand)</source>
            <translation>Não enviar a mensagem selecionada (a loja foi avisada à mão)</translation>
        </message>
        <message>
            <source>Last pull {time}: {summary}</source>
            <translation>Busca {time}: {summary}</translation>
        </message>
        <message>
            <source>On hold after the pull: {numbers}</source>
            <translation>Retidos após a busca: {numbers}</translation>
        </message>
        <message>
            <source>{store} refused the token, nothing is sent to it: Admin &gt; Store connections ({words})</source>
            <translation>{store} recusou o token, nada é enviado a ela: Administração &gt; Lojas ({words})</translation>
        </message>
        <message numerus="yes">
            <source>Stores: %n refused message(s)</source>
            <translation>
                <numerusform>Lojas: %n mensagem recusada</numerusform>
                <numerusform>Lojas: %n mensagens recusadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {message}</source>
            <translation>Não atualizado: {message}</translation>
        </message>
        <message>
            <source>Order {number}: sent again at the next round</source>
            <translation>Pedido {number}: vai de novo na próxima rodada</translation>
        </message>
        <message>
            <source>Order {number}: dismissed, not sent</source>
            <translation>Pedido {number}: descartado, não enviado</translation>
        </message>
        <message>
            <source>Order {number}: already dealt with</source>
            <translation>Pedido {number}: já resolvido</translation>
        </message>
    </context>
    <context>
        <name>StoresPage</name>
        <message>
            <source>Store</source>
            <translation>Loja</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço web</translation>
        </message>
        <message>
            <source>Pulled</source>
            <translation>Busca</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>a cada {minutes} min</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>File drop (CSV/JSON)</source>
            <translation>Pasta de arquivos (CSV/JSON)</translation>
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
            <translation>Token de acesso:</translation>
        </message>
        <message>
            <source>by hand only</source>
            <translation>só manual</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Testar conexão</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>guardado no chaveiro do sistema; vazio mantém</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexão</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>URL or folder:</source>
            <translation>URL ou pasta:</translation>
        </message>
        <message>
            <source>Pull every:</source>
            <translation>Buscar a cada:</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Todos os locais</translation>
        </message>
        <message>
            <source>List the store's locations</source>
            <translation>Listar os locais da loja</translation>
        </message>
        <message>
            <source>Pull test orders too</source>
            <translation>Buscar também pedidos de teste</translation>
        </message>
        <message>
            <source>Packed here (slip, no shipping label)</source>
            <translation>Embalados aqui (romaneio, sem etiqueta de envio)</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorados</translation>
        </message>
        <message>
            <source>Save fulfilment options</source>
            <translation>Salvar opções de envio</translation>
        </message>
        <message>
            <source>Shopify fulfilment</source>
            <translation>Envio Shopify</translation>
        </message>
        <message>
            <source>This station ships for:</source>
            <translation>Esta estação envia para:</translation>
        </message>
        <message>
            <source>Local pickup orders:</source>
            <translation>Pedidos de retirada na loja:</translation>
        </message>
        <message numerus="yes">
            <source>%n location(s) at the store</source>
            <translation>
                <numerusform>%n local na loja</numerusform>
                <numerusform>%n locais na loja</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} salvo</translation>
        </message>
        <message>
            <source>Asking {address}…</source>
            <translation>Consultando {address}…</translation>
        </message>
        <message>
            <source>{store}: fulfilment options saved</source>
            <translation>{store}: opções de envio salvas</translation>
        </message>
        <message>
            <source>{address} answered: the connection works</source>
            <translation>{address} respondeu: a conexão funciona</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source> g</source>
            <translation> g</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Crachá</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Senha</translation>
        </message>
        <message>
            <source>set</source>
            <translation>definida</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>bloqueada</translation>
        </message>
        <message>
            <source>active</source>
            <translation>ativo</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>desativado</translation>
        </message>
        <message>
            <source>4 to 12 digits; empty keeps the PIN</source>
            <translation>4 a 12 dígitos; vazio mantém a senha</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Pode entrar</translation>
        </message>
        <message>
            <source>Add as new user</source>
            <translation>Adicionar como novo usuário</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salvar alterações</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation>Desbloquear senha</translation>
        </message>
        <message>
            <source>Print badge…</source>
            <translation>Imprimir crachá…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Função:</translation>
        </message>
        <message>
            <source>Badge code:</source>
            <translation>Código do crachá:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Nova senha:</translation>
        </message>
        <message>
            <source>Select a user first</source>
            <translation>Selecione um usuário antes</translation>
        </message>
        <message>
            <source>{name} added</source>
            <translation>{name} adicionado</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} salvo</translation>
        </message>
        <message>
            <source>{name} unlocked</source>
            <translation>{name} desbloqueado</translation>
        </message>
        <message>
            <source>Badge saved to {file}</source>
            <translation>Crachá salvo em {file}</translation>
        </message>
        <message>
            <source>Save badge</source>
            <translation>Salvar crachá</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>WeighPanel</name>
        <message>
            <source>Weigh now</source>
            <translation>Pesar agora</translation>
        </message>
        <message>
            <source>Box {code} ({length} × {width} × {height} mm, {fill} % full): scan its barcode, or another box's</source>
            <translation>Caixa {code} ({length} × {width} × {height} mm, {fill} % cheia): leia o código de barras dela ou de outra caixa</translation>
        </message>
        <message>
            <source>No box proposed: {reason}</source>
            <translation>Nenhuma caixa sugerida: {reason}</translation>
        </message>
        <message>
            <source>Box {code} confirmed</source>
            <translation>Caixa {code} confirmada</translation>
        </message>
        <message>
            <source>The scale has no steady weight yet</source>
            <translation>A balança ainda não tem peso estável</translation>
        </message>
        <message>
            <source>{grams} g: ready for the label</source>
            <translation>{grams} g: pronto para a etiqueta</translation>
        </message>
        <message>
            <source>(let go by {name})</source>
            <translation>(liberado por {name})</translation>
        </message>
        <message>
            <source>Finding the box…</source>
            <translation>Procurando a caixa…</translation>
        </message>
        <message>
            <source>Scan the box you pack in</source>
            <translation>Leia a caixa em que vai embalar</translation>
        </message>
        <message>
            <source>Put the parcel on the scale</source>
            <translation>Coloque o pacote na balança</translation>
        </message>
        <message>
            <source>Checking the weight…</source>
            <translation>Conferindo o peso…</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>From</source>
            <translation>Remetente</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Destinatário</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Rastreio</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Romaneio</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Nota de presente</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Data do pedido</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Enviar até</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Frete</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Color / size</source>
            <translation>Cor / tamanho</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qtd</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preço</translation>
        </message>
        <message>
            <source>Note from the customer</source>
            <translation>Observação do cliente</translation>
        </message>
        <message>
            <source>Gift message</source>
            <translation>Mensagem de presente</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Devoluções</translation>
        </message>
        <message>
            <source>A gift for you</source>
            <translation>Um presente para você</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Itens</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Página {page}</translation>
        </message>
        <message>
            <source>Tell us how it went: scan the code</source>
            <translation>Conte como foi: escaneie o código</translation>
        </message>
        <message>
            <source>Returns: scan the code to start one</source>
            <translation>Devoluções: escaneie o código para iniciar</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Obrigado</translation>
        </message>
        <message>
            <source>Packing bench commands</source>
            <translation>Comandos da bancada de embalagem</translation>
        </message>
        <message>
            <source>All quality checks pass</source>
            <translation>Todas as verificações de qualidade OK</translation>
        </message>
        <message>
            <source>Quality check {number} failed</source>
            <translation>Verificação de qualidade {number} falhou</translation>
        </message>
        <message>
            <source>Undo the last scan</source>
            <translation>Desfazer a última leitura</translation>
        </message>
        <message>
            <source>Not quite right? You can return unused items within 30 days. Keep this slip, scan its barcode or quote the order number when you contact us, and we will send you a return label.</source>
            <translation>Algo não serviu? Você pode devolver itens sem uso em até 30 dias. Guarde este romaneio, escaneie o código de barras ou informe o número do pedido ao falar conosco, e enviaremos uma etiqueta de devolução.</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <source>colour</source>
            <translation>cor</translation>
        </message>
        <message>
            <source>size</source>
            <translation>tamanho</translation>
        </message>
    </context>
    <context>
        <name>queue</name>
        <message>
            <source>New</source>
            <translation>Novo</translation>
        </message>
        <message>
            <source>Picking</source>
            <translation>Separando</translation>
        </message>
        <message>
            <source>Packing</source>
            <translation>Embalando</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Embalado</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Retido</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>a brace in the template is not closed</source>
            <translation>uma chave do modelo não está fechada</translation>
        </message>
        <message>
            <source>a link has at most {count} characters</source>
            <translation>um link tem no máximo {count} caracteres</translation>
        </message>
        <message>
            <source>a link starts with https:// and has no spaces</source>
            <translation>um link começa com https:// e não tem espaços</translation>
        </message>
        <message>
            <source>a link may hold the fields order and token only, not {field}</source>
            <translation>um link só pode ter os campos order e token, não {field}</translation>
        </message>
        <message>
            <source>a card has at most {count} characters</source>
            <translation>um cartão tem no máximo {count} caracteres</translation>
        </message>
        <message>
            <source>a card may hold the fields name and code only, not {field}</source>
            <translation>um cartão só pode ter os campos name e code, não {field}</translation>
        </message>
        <message>
            <source>the amount {amount} is not a number</source>
            <translation>o valor {amount} não é um número</translation>
        </message>
        <message>
            <source>a code has at most {count} characters</source>
            <translation>um código tem no máximo {count} caracteres</translation>
        </message>
        <message>
            <source>the order has no such line</source>
            <translation>o pedido não tem esta linha</translation>
        </message>
        <message>
            <source>order {number} has no customer note</source>
            <translation>o pedido {number} não tem observação do cliente</translation>
        </message>
        <message>
            <source>order {number} is not a gift</source>
            <translation>o pedido {number} não é presente</translation>
        </message>
        <message>
            <source>print the message card of order {number} first (Ctrl+P): the card goes in with the message printed</source>
            <translation>imprima primeiro o cartão do pedido {number} (Ctrl+P): o cartão vai com a mensagem impressa</translation>
        </message>
        <message>
            <source>authorisation expired</source>
            <translation>autorização expirada</translation>
        </message>
        <message>
            <source>the card was declined</source>
            <translation>o cartão foi recusado</translation>
        </message>
        <message>
            <source>the store could not be reached</source>
            <translation>não foi possível contatar a loja</translation>
        </message>
        <message>
            <source>the store did not confirm it</source>
            <translation>a loja não confirmou</translation>
        </message>
        <message>
            <source>nothing is left to capture</source>
            <translation>não resta nada a capturar</translation>
        </message>
        <message>
            <source>payment could not be captured: {reason}</source>
            <translation>não foi possível capturar o pagamento: {reason}</translation>
        </message>
        <message>
            <source>a PIN is 4 to 12 digits</source>
            <translation>a senha tem de 4 a 12 dígitos</translation>
        </message>
        <message>
            <source>a quality check needs its words</source>
            <translation>uma verificação de qualidade precisa de texto</translation>
        </message>
        <message>
            <source>a quality check has at most {count} characters</source>
            <translation>uma verificação de qualidade tem no máximo {count} caracteres</translation>
        </message>
        <message>
            <source>there is no check {number}</source>
            <translation>não há verificação {number}</translation>
        </message>
        <message>
            <source>could not read this code ({error})</source>
            <translation>não deu para ler este código ({error})</translation>
        </message>
        <message>
            <source>empty scan: no data was read</source>
            <translation>bipagem vazia: nada foi lido</translation>
        </message>
        <message>
            <source>this code is too long to be one packdesk knows ({count} characters)</source>
            <translation>código longo demais para o packdesk ({count} caracteres)</translation>
        </message>
        <message>
            <source>bin label {code} does not hold a valid bin code</source>
            <translation>a etiqueta {code} não tem um código de endereço válido</translation>
        </message>
        <message>
            <source>this badge has no readable id</source>
            <translation>este crachá não tem número legível</translation>
        </message>
        <message>
            <source>this order barcode has no readable order number</source>
            <translation>este código de pedido não tem número legível</translation>
        </message>
        <message>
            <source>{code} looks like a product barcode but its check digit is wrong: scan it again</source>
            <translation>{code} parece código de produto, mas o dígito verificador está errado: bipe de novo</translation>
        </message>
        <message>
            <source>{code} is a GS1 code packdesk cannot read</source>
            <translation>{code} é um código GS1 que o packdesk não lê</translation>
        </message>
        <message>
            <source>unknown code {code}: it has spaces or control characters</source>
            <translation>código desconhecido {code}: tem espaços ou caracteres de controle</translation>
        </message>
        <message>
            <source>this is a shipping container code (SSCC {sscc}), not a product: scan the item's own barcode</source>
            <translation>este é um código de volume (SSCC {sscc}), não de produto: bipe o código do item</translation>
        </message>
        <message>
            <source>printer at {where} dropped the connection: {error}</source>
            <translation>a impressora {where} derrubou a conexão: {error}</translation>
        </message>
        <message>
            <source>printer at {where} refused the connection: is it on, and is this its address?</source>
            <translation>a impressora {where} recusou a conexão: está ligada e o endereço é este?</translation>
        </message>
        <message>
            <source>no answer from the printer at {where} within {seconds} s: is it on and on the network?</source>
            <translation>a impressora {where} não respondeu em {seconds} s: está ligada e na rede?</translation>
        </message>
        <message>
            <source>cannot reach the printer at {where}: {error}</source>
            <translation>sem acesso à impressora {where}: {error}</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>na fila</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>enviando</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>aguardando na impressora</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>com falha</translation>
        </message>
        <message>
            <source>nothing printed yet to print again</source>
            <translation>nada foi impresso ainda para reimprimir</translation>
        </message>
        <message>
            <source>the job is still {status}</source>
            <translation>o trabalho ainda está {status}</translation>
        </message>
        <message>
            <source>the first copy is still {status}: not sent again, so it cannot print twice</source>
            <translation>a primeira cópia ainda está {status}: não foi reenviada, para não imprimir duas vezes</translation>
        </message>
        <message>
            <source>the first copy is still {status} ({why}): not sent again, so it cannot print twice</source>
            <translation>a primeira cópia ainda está {status} ({why}): não foi reenviada, para não imprimir duas vezes</translation>
        </message>
        <message>
            <source>the printer has not taken the job after {seconds} s; it stays queued</source>
            <translation>a impressora não pegou o trabalho em {seconds} s; ele fica na fila</translation>
        </message>
        <message>
            <source>this badge is not known here; ask a lead to register it</source>
            <translation>este crachá não está cadastrado aqui; peça a um líder para cadastrar</translation>
        </message>
        <message>
            <source>wrong name or PIN</source>
            <translation>nome ou senha errados</translation>
        </message>
        <message>
            <source>too many wrong PINs: try again in {wait} s or scan your badge</source>
            <translation>senhas erradas demais: tente de novo em {wait} s ou bipe seu crachá</translation>
        </message>
        <message>
            <source>name the store's shipping method (* for every other)</source>
            <translation>informe o método de envio da loja (* para todos os outros)</translation>
        </message>
        <message>
            <source>choose where the label comes from</source>
            <translation>escolha de onde vem a etiqueta</translation>
        </message>
        <message>
            <source>our own label needs a carrier: its numbers come from that carrier's sequence</source>
            <translation>nossa própria etiqueta precisa de uma transportadora: os números vêm da sequência dessa transportadora</translation>
        </message>
        <message>
            <source>a service needs its carrier</source>
            <translation>um serviço precisa da sua transportadora</translation>
        </message>
        <message>
            <source>shipping method {method} is not mapped</source>
            <translation>o método de envio {method} não está mapeado</translation>
        </message>
        <message>
            <source>the ship-from address needs a name</source>
            <translation>o endereço de origem precisa de um nome</translation>
        </message>
        <message>
            <source>the ship-from address needs a street</source>
            <translation>o endereço de origem precisa de uma rua</translation>
        </message>
        <message>
            <source>the ship-from address needs a city</source>
            <translation>o endereço de origem precisa de uma cidade</translation>
        </message>
        <message>
            <source>the ship-from address needs a postal code</source>
            <translation>o endereço de origem precisa de um CEP</translation>
        </message>
        <message>
            <source>{country} is not a two-letter country code (LV, NO, BR)</source>
            <translation>{country} não é um código de país de duas letras (LV, NO, BR)</translation>
        </message>
        <message>
            <source>name the carrier of the number sequence</source>
            <translation>informe a transportadora da sequência de números</translation>
        </message>
        <message>
            <source>the next number is 1 or more, the width 0 to 20 digits</source>
            <translation>o próximo número é 1 ou mais, a largura de 0 a 20 dígitos</translation>
        </message>
        <message>
            <source>a number prefix has no spaces</source>
            <translation>um prefixo de número não tem espaços</translation>
        </message>
        <message>
            <source>{carrier} numbers up to {used} are used: the next number cannot go back</source>
            <translation>os números {carrier} até {used} já foram usados: o próximo número não pode voltar</translation>
        </message>
        <message>
            <source>{code} is not an HS code: 6 to 10 digits, such as 6109.10</source>
            <translation>{code} não é um código SH: 6 a 10 dígitos, como 6109.10</translation>
        </message>
        <message>
            <source>a quality check is for one product or one tag</source>
            <translation>uma verificação de qualidade é para um produto ou uma etiqueta</translation>
        </message>
        <message>
            <source>no product has the SKU {sku}</source>
            <translation>nenhum produto tem o SKU {sku}</translation>
        </message>
        <message>
            <source>this station's printer cannot print message cards</source>
            <translation>a impressora desta estação não imprime cartões de mensagem</translation>
        </message>
        <message>
            <source>a packer</source>
            <translation>um embalador</translation>
        </message>
        <message>
            <source>a lead</source>
            <translation>um líder</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>um administrador</translation>
        </message>
        <message>
            <source>no order is being packed at this station</source>
            <translation>nenhum pedido sendo embalado nesta estação</translation>
        </message>
        <message>
            <source>order {number} has no such line</source>
            <translation>o pedido {number} não tem esta linha</translation>
        </message>
        <message>
            <source>{name} is {role}</source>
            <translation>{name} é {role}</translation>
        </message>
        <message>
            <source>no order is being picked at this station</source>
            <translation>nenhum pedido sendo separado nesta estação</translation>
        </message>
        <message>
            <source>nothing left to pick</source>
            <translation>nada mais para separar</translation>
        </message>
        <message>
            <source>this badge is not known here</source>
            <translation>este crachá não está cadastrado aqui</translation>
        </message>
        <message>
            <source>a lead can put it on hold to repack it</source>
            <translation>um líder pode reter o pedido para reembalar</translation>
        </message>
        <message>
            <source>{source} is not set up at this station: the admin must add its key</source>
            <translation>{source} não está configurado nesta estação: o administrador precisa adicionar a chave</translation>
        </message>
        <message>
            <source>order {number} is not packed yet: verify every unit first</source>
            <translation>o pedido {number} ainda não foi embalado: confira cada item antes</translation>
        </message>
        <message>
            <source>this station has no printer set up</source>
            <translation>esta estação não tem impressora configurada</translation>
        </message>
        <message>
            <source>scan the carrier label</source>
            <translation>leia a etiqueta da transportadora</translation>
        </message>
        <message>
            <source>enter the {carrier} tracking number to ship</source>
            <translation>informe o rastreio da {carrier} para enviar</translation>
        </message>
        <message>
            <source>no unit is waiting for its checks</source>
            <translation>nenhuma unidade aguarda verificação</translation>
        </message>
        <message>
            <source>confirm the quality checks of {sku} first</source>
            <translation>confirme primeiro as verificações de qualidade de {sku}</translation>
        </message>
        <message>
            <source>quality check failed for {sku} ({reason}) and no bin has another</source>
            <translation>verificação de qualidade falhou para {sku} ({reason}) e nenhum local tem outro</translation>
        </message>
        <message>
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>separando</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>embalando</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>embalado</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>retido</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>there is no order {number}</source>
            <translation>não existe o pedido {number}</translation>
        </message>
        <message>
            <source>order {number} is {status}: {why}</source>
            <translation>o pedido {number} está {status}: {why}</translation>
        </message>
        <message>
            <source>order {number} is {status}</source>
            <translation>o pedido {number} está {status}</translation>
        </message>
        <message>
            <source>order {number} is held by {station} ({user}); a lead can take it over</source>
            <translation>o pedido {number} está com {station} ({user}); um líder pode assumir</translation>
        </message>
        <message>
            <source>order {number} is held by {station}; a lead can take it over</source>
            <translation>o pedido {number} está com {station}; um líder pode assumir</translation>
        </message>
        <message>
            <source>finish order {number} first</source>
            <translation>termine antes o pedido {number}</translation>
        </message>
        <message>
            <source>a batch needs at least one order</source>
            <translation>um lote precisa de pelo menos um pedido</translation>
        </message>
        <message>
            <source>order {number} is not held by any station</source>
            <translation>o pedido {number} não está com nenhuma estação</translation>
        </message>
        <message>
            <source>nobody (released by a lead)</source>
            <translation>ninguém (liberado por um líder)</translation>
        </message>
        <message>
            <source>now held by {holder}</source>
            <translation>agora com {holder}</translation>
        </message>
        <message>
            <source>this order is already in hand</source>
            <translation>este pedido já está em mãos</translation>
        </message>
        <message>
            <source>scanned order {number}</source>
            <translation>bipado o pedido {number}</translation>
        </message>
        <message>
            <source>badge scanned while picking</source>
            <translation>crachá bipado durante a separação</translation>
        </message>
        <message>
            <source>no product has the barcode {code}</source>
            <translation>nenhum produto tem o código {code}</translation>
        </message>
        <message>
            <source>packing: scan the items, not bins</source>
            <translation>na embalagem: bipe os itens, não os endereços</translation>
        </message>
        <message>
            <source>this is the label of order {other}, not of order {number}: take it off this parcel</source>
            <translation>esta é a etiqueta do pedido {other}, não do pedido {number}: tire-a deste volume</translation>
        </message>
        <message>
            <source>{lead} lets order {number} ship without its payment: print (F7) and ship (F10)</source>
            <translation>{lead} libera o envio do pedido {number} sem o pagamento: imprima (F7) e envie (F10)</translation>
        </message>
        <message>
            <source>Scan your badge first</source>
            <translation>Bipe seu crachá antes</translation>
        </message>
        <message>
            <source>Signed out after a pause: scan your badge</source>
            <translation>Saída após uma pausa: bipe seu crachá</translation>
        </message>
        <message>
            <source>No order in hand: press F2 for the next order or scan an order</source>
            <translation>Nenhum pedido em mãos: F2 para o próximo ou bipe um pedido</translation>
        </message>
        <message>
            <source>No order with this number</source>
            <translation>Nenhum pedido com este número</translation>
        </message>
        <message>
            <source>This order cannot be taken now</source>
            <translation>Este pedido não pode ser pego agora</translation>
        </message>
        <message>
            <source>Finish the order in hand first</source>
            <translation>Termine antes o pedido em mãos</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Bipe primeiro a etiqueta do endereço</translation>
        </message>
        <message>
            <source>The order was put on hold</source>
            <translation>O pedido foi retido</translation>
        </message>
        <message>
            <source>The order was cancelled: put the items back</source>
            <translation>O pedido foi cancelado: devolva os itens</translation>
        </message>
        <message>
            <source>Another station or a lead took this order over</source>
            <translation>Outra estação ou um líder assumiu este pedido</translation>
        </message>
        <message>
            <source>This needs a lead's badge</source>
            <translation>Precisa do crachá de um líder</translation>
        </message>
        <message>
            <source>Everything is scanned: print and ship (F10)</source>
            <translation>Tudo bipado: imprima e envie (F10)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nada para desfazer</translation>
        </message>
        <message>
            <source>This bin has no more of the item</source>
            <translation>Este endereço não tem mais o item</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Tamanho errado</translation>
        </message>
        <message>
            <source>Wrong colour</source>
            <translation>Cor errada</translation>
        </message>
        <message>
            <source>Wrong colour and size</source>
            <translation>Cor e tamanho errados</translation>
        </message>
        <message>
            <source>Wrong variant</source>
            <translation>Variação errada</translation>
        </message>
        <message>
            <source>expected {expected}, scanned {got}</source>
            <translation>esperado {expected}, bipado {got}</translation>
        </message>
        <message>
            <source>scanned {got}</source>
            <translation>bipado {got}</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Romaneio</translation>
        </message>
        <message>
            <source>Shipping label</source>
            <translation>Etiqueta de envio</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Cartão</translation>
        </message>
        <message>
            <source>Thank-you card</source>
            <translation>Cartão de agradecimento</translation>
        </message>
        <message>
            <source>{document} did not print: {message}</source>
            <translation>{document} não imprimiu: {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>erro desconhecido</translation>
        </message>
        <message>
            <source>a badge</source>
            <translation>um crachá</translation>
        </message>
        <message>
            <source>scanned {code}</source>
            <translation>bipado {code}</translation>
        </message>
        <message>
            <source>Too many</source>
            <translation>Demais</translation>
        </message>
        <message>
            <source>{item}: already {done} of {ordered}</source>
            <translation>{item}: já {done} de {ordered}</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Item errado</translation>
        </message>
        <message>
            <source>{bin} has no more {sku}</source>
            <translation>{bin} não tem mais {sku}</translation>
        </message>
        <message>
            <source>go to {bin}, scan its label, then the item</source>
            <translation>vá até {bin}, escaneie a etiqueta dele e depois o item</translation>
        </message>
        <message>
            <source>no other bin has it: report a short pick (F9)</source>
            <translation>nenhum outro endereço tem: registre a falta (F9)</translation>
        </message>
        <message>
            <source>go to bin {bin}, scan its label, then the item</source>
            <translation>vá ao endereço {bin}, bipe a etiqueta e depois o item</translation>
        </message>
        <message>
            <source>Wrong bin</source>
            <translation>Endereço errado</translation>
        </message>
        <message>
            <source>{item}: all {count} are already scanned</source>
            <translation>{item}: os {count} já foram bipados</translation>
        </message>
        <message>
            <source>{item}: none more is needed</source>
            <translation>{item}: não precisa de mais</translation>
        </message>
        <message>
            <source>Wrong label: order {other}, not {number}</source>
            <translation>Etiqueta errada: pedido {other}, não {number}</translation>
        </message>
        <message>
            <source>Take it off and put this parcel's own label on</source>
            <translation>Tire-a e cole a etiqueta deste volume</translation>
        </message>
        <message>
            <source>Order {number} is not shipped</source>
            <translation>O pedido {number} não foi enviado</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Pedido {number} enviado</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Rastreio {tracking} · próximo pedido: F2 ou bipe</translation>
        </message>
        <message>
            <source>Not in this order</source>
            <translation>Não é deste pedido</translation>
        </message>
        <message>
            <source>{item} belongs to order {other}</source>
            <translation>{item} é do pedido {other}</translation>
        </message>
        <message>
            <source>{item} is not in this order</source>
            <translation>{item} não é deste pedido</translation>
        </message>
        <message>
            <source>Unknown code</source>
            <translation>Código desconhecido</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Bem-vindo(a), {name}</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 para o próximo pedido, ou bipe o código de um pedido</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>O pedido {number} é seu</translation>
        </message>
        <message>
            <source>Go to the first bin</source>
            <translation>Vá ao primeiro endereço</translation>
        </message>
        <message>
            <source>Take {count} × {item}</source>
            <translation>Pegue {count} × {item}</translation>
        </message>
        <message>
            <source>Bin {bin} ✓</source>
            <translation>Endereço {bin} ✓</translation>
        </message>
        <message>
            <source>Set {item} aside: {reason}</source>
            <translation>Separe {item}: {reason}</translation>
        </message>
        <message>
            <source>take a replacement from bin {bin} and scan it</source>
            <translation>pegue outro no local {bin} e escaneie</translation>
        </message>
        <message>
            <source>no bin has another: the order is on hold for a lead</source>
            <translation>nenhum local tem outro: o pedido aguarda um líder</translation>
        </message>
        <message>
            <source>Check passed</source>
            <translation>Verificação OK</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) left</source>
            <translation>
                <numerusform>%n verificação restante</numerusform>
                <numerusform>%n verificações restantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Check {item}</source>
            <translation>Verifique {item}</translation>
        </message>
        <message>
            <source>Alt+1…Alt+{count}: each check passes · Alt+0: all pass · F9: a check failed</source>
            <translation>Alt+1…Alt+{count}: cada verificação OK · Alt+0: todas OK · F9: uma verificação falhou</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Leia a observação do cliente e depois F6: a nota e a etiqueta são impressas em seguida</translation>
        </message>
        <message>
            <source>Slip and label are printing: see Still to do before Ship</source>
            <translation>Nota e etiqueta sendo impressas: veja o que falta antes de Enviar</translation>
        </message>
        <message>
            <source>Slip and label are printing: put the label on and scan it to ship (or F10)</source>
            <translation>Nota e etiqueta sendo impressas: cole a etiqueta e bipe-a para enviar (ou F10)</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Pedido {number} completo</translation>
        </message>
        <message>
            <source>Put it in slot {slot}</source>
            <translation>Coloque na divisória {slot}</translation>
        </message>
        <message>
            <source>{item} · the pick is complete: pack it now</source>
            <translation>{item} · separação completa: embale agora</translation>
        </message>
        <message>
            <source>Picked: {item}</source>
            <translation>Separado: {item}</translation>
        </message>
        <message>
            <source>The pick is complete: pack it now</source>
            <translation>Separação completa: embale agora</translation>
        </message>
        <message>
            <source>Next bin</source>
            <translation>Próximo endereço</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>OK: {item}</source>
            <translation>OK: {item}</translation>
        </message>
        <message>
            <source>Line overridden by {lead}</source>
            <translation>Linha liberada por {lead}</translation>
        </message>
        <message>
            <source>Line overridden</source>
            <translation>Linha liberada</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Falta registrada</translation>
        </message>
        <message>
            <source>The order is on hold for a lead</source>
            <translation>O pedido está retido para um líder</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Desfeito</translation>
        </message>
        <message>
            <source>The last scan of {item} is taken back: put it back</source>
            <translation>A última bipagem de {item} foi desfeita: devolva o item</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Scan not used</source>
            <translation>Bipagem não usada</translation>
        </message>
    </context>
</TS>

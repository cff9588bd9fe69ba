"""Quality checks and what goes in the parcel (issue 24): the checklists per product or
tag, a product's tags; the slip's review and returns links; the thank-you card (when it
prints, the next-order code, its words per language with a preview)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.errors import DomainError
from packdesk.domain.finishing import (
    CARD_LANGUAGES,
    CardWhen,
    FinishingSettings,
    card_text,
    check_card_template,
)
from packdesk.domain.quality import QualityCheck
from packdesk.services.auth import Actor
from packdesk.services.screens import AdminServices

from ..words import error_text
from .common import button_row, form_box, records_view, selected_record, table_beside
from .models import AdminPage, RecordsModel

PREVIEW_NAMES = {"en": "Emma Smith", "fr": "Chloé Martin", "pt_BR": "João Silva",
                 "ru": "Анна Петрова", "nb": "Kari Nordmann", "lv": "Līga Bērziņa"}


class FinishingPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.model: RecordsModel[QualityCheck] = RecordsModel([
            (self.tr("For"), lambda c: c.sku if c.sku else self.tr("tag: {tag}").format(tag=c.tag)),
            (self.tr("Check"), lambda c: c.text),
        ], self)
        self.view = records_view(self.model, self.on_selection_changed)
        self.settings = FinishingSettings()
        self.templates: dict[str, str] = {}

        # --- checklists
        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("checkSku")
        self.tag_edit = QLineEdit()
        self.tag_edit.setObjectName("checkTag")
        self.tag_edit.setPlaceholderText(self.tr("or a tag: fragile, electronics…"))
        self.check_edit = QLineEdit()
        self.check_edit.setObjectName("checkText")
        self.check_edit.setPlaceholderText(self.tr("seal intact"))
        self.add_button = QPushButton(self.tr("Add check"))
        self.remove_button = QPushButton(self.tr("Remove check"))
        self.tags_sku_edit = QLineEdit()
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("fragile, electronics"))
        self.tags_button = QPushButton(self.tr("Save tags"))

        # --- slip links and card
        self.review_edit = QLineEdit()
        self.review_edit.setObjectName("reviewUrl")
        self.review_edit.setPlaceholderText("https://shop.example/review/{order}?t={token}")
        self.returns_edit = QLineEdit()
        self.returns_edit.setObjectName("returnsUrl")
        self.returns_edit.setPlaceholderText("https://shop.example/returns?order={order}&t={token}")
        self.when_box = QComboBox()
        self.when_box.setObjectName("cardWhen")
        for when, text in ((CardWhen.NEVER, self.tr("never")),
                           (CardWhen.ALL, self.tr("every order")),
                           (CardWhen.FIRST, self.tr("a customer's first order")),
                           (CardWhen.ABOVE, self.tr("orders above the amount"))):
            self.when_box.addItem(text, when.value)
        self.above_edit = QLineEdit()
        self.above_edit.setObjectName("cardAbove")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("cardCode")
        self.code_edit.setPlaceholderText(self.tr("empty: no code on the card"))
        self.language_box = QComboBox()
        self.language_box.setObjectName("cardLanguage")
        for language in CARD_LANGUAGES:
            self.language_box.addItem(language, language)
        self.template_edit = QPlainTextEdit()
        self.template_edit.setObjectName("cardTemplate")
        self.template_edit.setMaximumHeight(90)
        self.preview = QLabel()
        self.preview.setObjectName("cardPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # a customer's name, as it is
        self.preview.setStyleSheet("background: #fffdf5; border: 1px solid #b8a98a; padding: 8px;"
                                   " color: #1f2933;")
        self.save_settings_button = QPushButton(self.tr("Save links and card"))
        self.save_settings_button.setObjectName("saveFinishing")

        checks_form, _ = form_box(self.tr("Quality check"), [
            (self.tr("Product SKU:"), self.sku_edit),
            (self.tr("Tag:"), self.tag_edit),
            (self.tr("Check:"), self.check_edit),
            button_row(self.add_button, self.remove_button),
            (self.tr("Tags of SKU:"), self.tags_sku_edit),
            (self.tr("Tags:"), self.tags_edit),
            self.tags_button,
        ])
        links_form, _ = form_box(self.tr("Slip QR codes ({order}, {token})"), [
            (self.tr("Review page:"), self.review_edit),
            (self.tr("Returns page:"), self.returns_edit),
        ])
        card_form, _ = form_box(self.tr("Thank-you card ({name}, {code})"), [
            (self.tr("Print for:"), self.when_box),
            (self.tr("Amount:"), self.above_edit),
            (self.tr("Next-order code:"), self.code_edit),
            (self.tr("Language:"), self.language_box),
            self.template_edit,
            self.preview,
            self.save_settings_button,
        ])
        side = QVBoxLayout()
        for widget in (checks_form, links_form, card_form):
            side.addWidget(widget)
        side.addStretch(1)
        table_beside(self, self.view, side)

        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.tags_button.clicked.connect(self.on_tags_clicked)
        self.save_settings_button.clicked.connect(self.on_save_settings_clicked)
        self.language_box.currentIndexChanged.connect(self.on_language_changed)
        self.template_edit.textChanged.connect(self.on_template_edited)
        self.code_edit.textChanged.connect(self.show_preview)
        self._language = self.language_box.currentData()
        self.reload()

    def reload(self) -> None:
        services = self.services
        self.run(lambda: (services.list_checks(), services.finishing_settings()), self._on_loaded)

    def _on_loaded(self, loaded: tuple[list[QualityCheck], FinishingSettings]) -> None:
        checks, settings = loaded
        self.model.set_records(checks)
        self.settings = settings
        self.templates = {lang: settings.template(lang) for lang in CARD_LANGUAGES}
        self.review_edit.setText(settings.review_url)
        self.returns_edit.setText(settings.returns_url)
        self.when_box.setCurrentIndex(max(0, self.when_box.findData(settings.card_when.value)))
        self.above_edit.setText(settings.card_above)
        self.code_edit.setText(settings.card_code)
        self.template_edit.setPlainText(self.templates[str(self.language_box.currentData())])
        self.show_preview()
        self.loaded.emit()

    @Slot()
    def on_selection_changed(self) -> None:
        check = selected_record(self.view, self.model)
        if check is not None:
            self.sku_edit.setText(check.sku or "")
            self.tag_edit.setText(check.tag or "")
            self.check_edit.setText(check.text)

    @Slot()
    def on_add_clicked(self) -> None:
        sku, tag, text = self.sku_edit.text(), self.tag_edit.text(), self.check_edit.text()
        services, actor = self.services, self.actor
        self.run(lambda: services.add_check(actor, text, sku=sku, tag=tag),
                 lambda check: self.then_reload(self.tr("Check added: {check}").format(
                     check=check.text)))

    @Slot()
    def on_remove_clicked(self) -> None:
        check = selected_record(self.view, self.model)
        if check is None:
            self.show_error(self.tr("Select a check first"))
            return
        services, actor = self.services, self.actor
        self.run(lambda: services.remove_check(actor, check.id),
                 lambda _: self.then_reload(self.tr("Check removed: {check}").format(
                     check=check.text)))

    @Slot()
    def on_tags_clicked(self) -> None:
        sku = self.tags_sku_edit.text().strip()
        tags = [t for t in self.tags_edit.text().split(",") if t.strip()]
        services, actor = self.services, self.actor
        self.run(lambda: services.set_product_tags(actor, sku, tags),
                 lambda saved: self.show_message(self.tr("{sku} is tagged: {tags}").format(
                     sku=sku, tags=", ".join(saved) or "—")))

    @Slot()
    def on_language_changed(self) -> None:
        self._language = self.language_box.currentData()
        self.template_edit.blockSignals(True)
        self.template_edit.setPlainText(self.templates.get(str(self._language), ""))
        self.template_edit.blockSignals(False)
        self.show_preview()

    @Slot()
    def on_template_edited(self) -> None:
        self.templates[str(self._language)] = self.template_edit.toPlainText()
        self.show_preview()

    def current_settings(self) -> FinishingSettings:
        return FinishingSettings(
            review_url=self.review_edit.text(), returns_url=self.returns_edit.text(),
            card_when=CardWhen(str(self.when_box.currentData())),
            card_above=self.above_edit.text() or "0", card_code=self.code_edit.text().strip(),
            card_templates=dict(self.templates))

    @Slot()
    def show_preview(self) -> None:
        """The card's words for a sample customer in the chosen language, as they print."""
        language = str(self.language_box.currentData())
        try:
            template = check_card_template(self.templates.get(language, ""))
            settings = FinishingSettings(card_code=self.code_edit.text().strip(),
                                         card_templates={language: template})
            text = card_text(settings, language, PREVIEW_NAMES.get(language, "Emma Smith"))
        except DomainError as error:
            self.preview.setStyleSheet("background: #fff1f1; border: 1px solid #b00020;"
                                       " padding: 8px; color: #b00020;")
            self.preview.setText(error_text(error))
            return
        self.preview.setStyleSheet("background: #fffdf5; border: 1px solid #b8a98a;"
                                   " padding: 8px; color: #1f2933;")
        self.preview.setText(text)  # plain text: the admin's words, a customer's name

    @Slot()
    def on_save_settings_clicked(self) -> None:
        settings = self.current_settings()
        services, actor = self.services, self.actor
        self.run(lambda: services.save_finishing_settings(actor, settings),
                 lambda _: self.then_reload(self.tr("Links and card saved")))

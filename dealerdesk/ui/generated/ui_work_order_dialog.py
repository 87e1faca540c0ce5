# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

from dealerdesk.ui.widgets.promised_time_edit import PromisedTimeEdit

class Ui_WorkOrderDialog(object):
    def setupUi(self, WorkOrderDialog):
        if not WorkOrderDialog.objectName():
            WorkOrderDialog.setObjectName(u"WorkOrderDialog")
        WorkOrderDialog.resize(1240, 820)
        self.mainLayout = QVBoxLayout(WorkOrderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(WorkOrderDialog)
        self.headerLabel.setObjectName(u"headerLabel")

        self.mainLayout.addWidget(self.headerLabel)

        self.conflictFrame = QFrame(WorkOrderDialog)
        self.conflictFrame.setObjectName(u"conflictFrame")
        self.conflictFrame.setVisible(False)
        self.conflictFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflictLayout = QHBoxLayout(self.conflictFrame)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictFrame)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.overwriteButton = QPushButton(self.conflictFrame)
        self.overwriteButton.setObjectName(u"overwriteButton")
        self.overwriteButton.setAutoDefault(False)

        self.conflictLayout.addWidget(self.overwriteButton)

        self.reloadButton = QPushButton(self.conflictFrame)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.conflictLayout.addWidget(self.reloadButton)


        self.mainLayout.addWidget(self.conflictFrame)

        self.formScroll = QScrollArea(WorkOrderDialog)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formLayout = QVBoxLayout(self.formPage)
        self.formLayout.setObjectName(u"formLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.vehicleBox = QGroupBox(self.formPage)
        self.vehicleBox.setObjectName(u"vehicleBox")
        self.vehicleForm = QFormLayout(self.vehicleBox)
        self.vehicleForm.setObjectName(u"vehicleForm")
        self.plateLabel = QLabel(self.vehicleBox)
        self.plateLabel.setObjectName(u"plateLabel")

        self.vehicleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plateRow = QHBoxLayout()
        self.plateRow.setObjectName(u"plateRow")
        self.plateEdit = QLineEdit(self.vehicleBox)
        self.plateEdit.setObjectName(u"plateEdit")
        self.plateEdit.setMaxLength(12)

        self.plateRow.addWidget(self.plateEdit)

        self.noPlateCheck = QCheckBox(self.vehicleBox)
        self.noPlateCheck.setObjectName(u"noPlateCheck")

        self.plateRow.addWidget(self.noPlateCheck)


        self.vehicleForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.plateRow)

        self.plateProblem = QLabel(self.vehicleBox)
        self.plateProblem.setObjectName(u"plateProblem")
        self.plateProblem.setWordWrap(True)
        self.plateProblem.setVisible(False)
        self.plateProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.vehicleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plateProblem)

        self.vinLabel = QLabel(self.vehicleBox)
        self.vinLabel.setObjectName(u"vinLabel")

        self.vehicleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vinLabel)

        self.vinEdit = QLineEdit(self.vehicleBox)
        self.vinEdit.setObjectName(u"vinEdit")
        self.vinEdit.setMaxLength(24)

        self.vehicleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vinEdit)

        self.vinProblem = QLabel(self.vehicleBox)
        self.vinProblem.setObjectName(u"vinProblem")
        self.vinProblem.setWordWrap(True)
        self.vinProblem.setVisible(False)
        self.vinProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.vehicleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vinProblem)

        self.modelLabel = QLabel(self.vehicleBox)
        self.modelLabel.setObjectName(u"modelLabel")

        self.vehicleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelEdit = QLineEdit(self.vehicleBox)
        self.modelEdit.setObjectName(u"modelEdit")
        self.modelEdit.setMaxLength(100)

        self.vehicleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.modelProblem = QLabel(self.vehicleBox)
        self.modelProblem.setObjectName(u"modelProblem")
        self.modelProblem.setWordWrap(True)
        self.modelProblem.setVisible(False)
        self.modelProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.vehicleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modelProblem)

        self.colourLabel = QLabel(self.vehicleBox)
        self.colourLabel.setObjectName(u"colourLabel")

        self.vehicleForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.colourLabel)

        self.colourEdit = QLineEdit(self.vehicleBox)
        self.colourEdit.setObjectName(u"colourEdit")
        self.colourEdit.setMaxLength(32)

        self.vehicleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.colourEdit)

        self.mileageLabel = QLabel(self.vehicleBox)
        self.mileageLabel.setObjectName(u"mileageLabel")

        self.vehicleForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mileageLabel)

        self.mileageRow = QHBoxLayout()
        self.mileageRow.setObjectName(u"mileageRow")
        self.mileageEdit = QLineEdit(self.vehicleBox)
        self.mileageEdit.setObjectName(u"mileageEdit")
        self.mileageEdit.setMaxLength(12)

        self.mileageRow.addWidget(self.mileageEdit)

        self.lastMileageLabel = QLabel(self.vehicleBox)
        self.lastMileageLabel.setObjectName(u"lastMileageLabel")

        self.mileageRow.addWidget(self.lastMileageLabel)


        self.vehicleForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.mileageRow)

        self.mileageProblem = QLabel(self.vehicleBox)
        self.mileageProblem.setObjectName(u"mileageProblem")
        self.mileageProblem.setWordWrap(True)
        self.mileageProblem.setVisible(False)
        self.mileageProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.vehicleForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mileageProblem)

        self.fuelLabel = QLabel(self.vehicleBox)
        self.fuelLabel.setObjectName(u"fuelLabel")

        self.vehicleForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.fuelLabel)

        self.fuelCombo = QComboBox(self.vehicleBox)
        self.fuelCombo.setObjectName(u"fuelCombo")

        self.vehicleForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.fuelCombo)

        self.fuelProblem = QLabel(self.vehicleBox)
        self.fuelProblem.setObjectName(u"fuelProblem")
        self.fuelProblem.setWordWrap(True)
        self.fuelProblem.setVisible(False)
        self.fuelProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.vehicleForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.fuelProblem)

        self.historyLabel = QLabel(self.vehicleBox)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.vehicleForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.historyLabel)


        self.topRow.addWidget(self.vehicleBox)

        self.customerBox = QGroupBox(self.formPage)
        self.customerBox.setObjectName(u"customerBox")
        self.customerForm = QFormLayout(self.customerBox)
        self.customerForm.setObjectName(u"customerForm")
        self.customerNameLabel = QLabel(self.customerBox)
        self.customerNameLabel.setObjectName(u"customerNameLabel")

        self.customerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerNameLabel)

        self.customerNameEdit = QLineEdit(self.customerBox)
        self.customerNameEdit.setObjectName(u"customerNameEdit")
        self.customerNameEdit.setMaxLength(100)

        self.customerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerNameEdit)

        self.customerNameProblem = QLabel(self.customerBox)
        self.customerNameProblem.setObjectName(u"customerNameProblem")
        self.customerNameProblem.setWordWrap(True)
        self.customerNameProblem.setVisible(False)
        self.customerNameProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.customerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.customerNameProblem)

        self.customerMobileLabel = QLabel(self.customerBox)
        self.customerMobileLabel.setObjectName(u"customerMobileLabel")

        self.customerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.customerMobileLabel)

        self.customerMobileEdit = QLineEdit(self.customerBox)
        self.customerMobileEdit.setObjectName(u"customerMobileEdit")
        self.customerMobileEdit.setMaxLength(20)

        self.customerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customerMobileEdit)

        self.customerMobileProblem = QLabel(self.customerBox)
        self.customerMobileProblem.setObjectName(u"customerMobileProblem")
        self.customerMobileProblem.setWordWrap(True)
        self.customerMobileProblem.setVisible(False)
        self.customerMobileProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.customerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.customerMobileProblem)

        self.ownerBroughtCheck = QCheckBox(self.customerBox)
        self.ownerBroughtCheck.setObjectName(u"ownerBroughtCheck")

        self.customerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownerBroughtCheck)

        self.contactNameLabel = QLabel(self.customerBox)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.customerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.customerBox)
        self.contactNameEdit.setObjectName(u"contactNameEdit")
        self.contactNameEdit.setMaxLength(100)

        self.customerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactNameProblem = QLabel(self.customerBox)
        self.contactNameProblem.setObjectName(u"contactNameProblem")
        self.contactNameProblem.setWordWrap(True)
        self.contactNameProblem.setVisible(False)
        self.contactNameProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.customerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactNameProblem)

        self.contactMobileLabel = QLabel(self.customerBox)
        self.contactMobileLabel.setObjectName(u"contactMobileLabel")

        self.customerForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contactMobileLabel)

        self.contactMobileEdit = QLineEdit(self.customerBox)
        self.contactMobileEdit.setObjectName(u"contactMobileEdit")
        self.contactMobileEdit.setMaxLength(20)

        self.customerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contactMobileEdit)

        self.contactMobileProblem = QLabel(self.customerBox)
        self.contactMobileProblem.setObjectName(u"contactMobileProblem")
        self.contactMobileProblem.setWordWrap(True)
        self.contactMobileProblem.setVisible(False)
        self.contactMobileProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.customerForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contactMobileProblem)


        self.topRow.addWidget(self.customerBox)

        self.serviceBox = QGroupBox(self.formPage)
        self.serviceBox.setObjectName(u"serviceBox")
        self.serviceForm = QFormLayout(self.serviceBox)
        self.serviceForm.setObjectName(u"serviceForm")
        self.categoryLabel = QLabel(self.serviceBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.serviceBox)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.categoryProblem = QLabel(self.serviceBox)
        self.categoryProblem.setObjectName(u"categoryProblem")
        self.categoryProblem.setWordWrap(True)
        self.categoryProblem.setVisible(False)
        self.categoryProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.serviceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryProblem)

        self.paymentLabel = QLabel(self.serviceBox)
        self.paymentLabel.setObjectName(u"paymentLabel")

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paymentLabel)

        self.paymentCombo = QComboBox(self.serviceBox)
        self.paymentCombo.setObjectName(u"paymentCombo")

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paymentCombo)

        self.checkedInTitle = QLabel(self.serviceBox)
        self.checkedInTitle.setObjectName(u"checkedInTitle")

        self.serviceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.checkedInTitle)

        self.checkedInLabel = QLabel(self.serviceBox)
        self.checkedInLabel.setObjectName(u"checkedInLabel")

        self.serviceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.checkedInLabel)

        self.promisedLabel = QLabel(self.serviceBox)
        self.promisedLabel.setObjectName(u"promisedLabel")

        self.serviceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.promisedLabel)

        self.promisedEdit = PromisedTimeEdit(self.serviceBox)
        self.promisedEdit.setObjectName(u"promisedEdit")

        self.serviceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.promisedEdit)

        self.promisedProblem = QLabel(self.serviceBox)
        self.promisedProblem.setObjectName(u"promisedProblem")
        self.promisedProblem.setWordWrap(True)
        self.promisedProblem.setVisible(False)
        self.promisedProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.serviceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.promisedProblem)

        self.estimateLabel = QLabel(self.serviceBox)
        self.estimateLabel.setObjectName(u"estimateLabel")

        self.serviceForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.estimateLabel)

        self.estimateRow = QHBoxLayout()
        self.estimateRow.setObjectName(u"estimateRow")
        self.estimateEdit = QLineEdit(self.serviceBox)
        self.estimateEdit.setObjectName(u"estimateEdit")
        self.estimateEdit.setMaxLength(20)

        self.estimateRow.addWidget(self.estimateEdit)

        self.useTotalButton = QPushButton(self.serviceBox)
        self.useTotalButton.setObjectName(u"useTotalButton")
        self.useTotalButton.setAutoDefault(False)

        self.estimateRow.addWidget(self.useTotalButton)


        self.serviceForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.estimateRow)

        self.estimateProblem = QLabel(self.serviceBox)
        self.estimateProblem.setObjectName(u"estimateProblem")
        self.estimateProblem.setWordWrap(True)
        self.estimateProblem.setVisible(False)
        self.estimateProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.serviceForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.estimateProblem)

        self.linesTotalLabel = QLabel(self.serviceBox)
        self.linesTotalLabel.setObjectName(u"linesTotalLabel")

        self.serviceForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.linesTotalLabel)

        self.advisorTitle = QLabel(self.serviceBox)
        self.advisorTitle.setObjectName(u"advisorTitle")

        self.serviceForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.advisorTitle)

        self.advisorLabel = QLabel(self.serviceBox)
        self.advisorLabel.setObjectName(u"advisorLabel")

        self.serviceForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.advisorLabel)

        self.advisorProblem = QLabel(self.serviceBox)
        self.advisorProblem.setObjectName(u"advisorProblem")
        self.advisorProblem.setWordWrap(True)
        self.advisorProblem.setVisible(False)
        self.advisorProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.serviceForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.advisorProblem)


        self.topRow.addWidget(self.serviceBox)


        self.formLayout.addLayout(self.topRow)

        self.middleRow = QHBoxLayout()
        self.middleRow.setObjectName(u"middleRow")
        self.concernsBox = QGroupBox(self.formPage)
        self.concernsBox.setObjectName(u"concernsBox")
        self.concernsLayout = QVBoxLayout(self.concernsBox)
        self.concernsLayout.setObjectName(u"concernsLayout")
        self.concernsEdit = QPlainTextEdit(self.concernsBox)
        self.concernsEdit.setObjectName(u"concernsEdit")
        self.concernsEdit.setTabChangesFocus(True)

        self.concernsLayout.addWidget(self.concernsEdit)

        self.concernsProblem = QLabel(self.concernsBox)
        self.concernsProblem.setObjectName(u"concernsProblem")
        self.concernsProblem.setWordWrap(True)
        self.concernsProblem.setVisible(False)
        self.concernsProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.concernsLayout.addWidget(self.concernsProblem)


        self.middleRow.addWidget(self.concernsBox)

        self.intakeBox = QGroupBox(self.formPage)
        self.intakeBox.setObjectName(u"intakeBox")
        self.intakeForm = QFormLayout(self.intakeBox)
        self.intakeForm.setObjectName(u"intakeForm")
        self.valuablesLabel = QLabel(self.intakeBox)
        self.valuablesLabel.setObjectName(u"valuablesLabel")

        self.intakeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.valuablesLabel)

        self.valuablesEdit = QLineEdit(self.intakeBox)
        self.valuablesEdit.setObjectName(u"valuablesEdit")
        self.valuablesEdit.setMaxLength(200)

        self.intakeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.valuablesEdit)

        self.damageLabel = QLabel(self.intakeBox)
        self.damageLabel.setObjectName(u"damageLabel")

        self.intakeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.damageLabel)

        self.damageEdit = QPlainTextEdit(self.intakeBox)
        self.damageEdit.setObjectName(u"damageEdit")
        self.damageEdit.setTabChangesFocus(True)

        self.intakeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.damageEdit)

        self.waitsTitle = QLabel(self.intakeBox)
        self.waitsTitle.setObjectName(u"waitsTitle")

        self.intakeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waitsTitle)

        self.waitsRow = QHBoxLayout()
        self.waitsRow.setObjectName(u"waitsRow")
        self.waitsRadio = QRadioButton(self.intakeBox)
        self.waitsRadio.setObjectName(u"waitsRadio")

        self.waitsRow.addWidget(self.waitsRadio)

        self.leavesRadio = QRadioButton(self.intakeBox)
        self.leavesRadio.setObjectName(u"leavesRadio")

        self.waitsRow.addWidget(self.leavesRadio)


        self.intakeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.waitsRow)

        self.waitsProblem = QLabel(self.intakeBox)
        self.waitsProblem.setObjectName(u"waitsProblem")
        self.waitsProblem.setWordWrap(True)
        self.waitsProblem.setVisible(False)
        self.waitsProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.intakeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.waitsProblem)

        self.optionsRow = QHBoxLayout()
        self.optionsRow.setObjectName(u"optionsRow")
        self.washCheck = QCheckBox(self.intakeBox)
        self.washCheck.setObjectName(u"washCheck")

        self.optionsRow.addWidget(self.washCheck)

        self.oldPartsCheck = QCheckBox(self.intakeBox)
        self.oldPartsCheck.setObjectName(u"oldPartsCheck")

        self.optionsRow.addWidget(self.oldPartsCheck)


        self.intakeForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.optionsRow)


        self.middleRow.addWidget(self.intakeBox)


        self.formLayout.addLayout(self.middleRow)

        self.linesTabs = QTabWidget(self.formPage)
        self.linesTabs.setObjectName(u"linesTabs")
        self.labourTab = QWidget()
        self.labourTab.setObjectName(u"labourTab")
        self.labourLayout = QVBoxLayout(self.labourTab)
        self.labourLayout.setObjectName(u"labourLayout")
        self.labourView = QTableView(self.labourTab)
        self.labourView.setObjectName(u"labourView")

        self.labourLayout.addWidget(self.labourView)

        self.labourButtons = QHBoxLayout()
        self.labourButtons.setObjectName(u"labourButtons")
        self.addLabourButton = QPushButton(self.labourTab)
        self.addLabourButton.setObjectName(u"addLabourButton")
        self.addLabourButton.setAutoDefault(False)

        self.labourButtons.addWidget(self.addLabourButton)

        self.removeLabourButton = QPushButton(self.labourTab)
        self.removeLabourButton.setObjectName(u"removeLabourButton")
        self.removeLabourButton.setAutoDefault(False)

        self.labourButtons.addWidget(self.removeLabourButton)

        self.labourSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.labourButtons.addItem(self.labourSpacer)


        self.labourLayout.addLayout(self.labourButtons)

        self.labourProblem = QLabel(self.labourTab)
        self.labourProblem.setObjectName(u"labourProblem")
        self.labourProblem.setWordWrap(True)
        self.labourProblem.setVisible(False)
        self.labourProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.labourLayout.addWidget(self.labourProblem)

        self.linesTabs.addTab(self.labourTab, "")
        self.partsTab = QWidget()
        self.partsTab.setObjectName(u"partsTab")
        self.partsLayout = QVBoxLayout(self.partsTab)
        self.partsLayout.setObjectName(u"partsLayout")
        self.partsView = QTableView(self.partsTab)
        self.partsView.setObjectName(u"partsView")

        self.partsLayout.addWidget(self.partsView)

        self.partsButtons = QHBoxLayout()
        self.partsButtons.setObjectName(u"partsButtons")
        self.addPartsButton = QPushButton(self.partsTab)
        self.addPartsButton.setObjectName(u"addPartsButton")
        self.addPartsButton.setAutoDefault(False)

        self.partsButtons.addWidget(self.addPartsButton)

        self.removePartsButton = QPushButton(self.partsTab)
        self.removePartsButton.setObjectName(u"removePartsButton")
        self.removePartsButton.setAutoDefault(False)

        self.partsButtons.addWidget(self.removePartsButton)

        self.partsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partsButtons.addItem(self.partsSpacer)


        self.partsLayout.addLayout(self.partsButtons)

        self.partsProblem = QLabel(self.partsTab)
        self.partsProblem.setObjectName(u"partsProblem")
        self.partsProblem.setWordWrap(True)
        self.partsProblem.setVisible(False)
        self.partsProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.partsLayout.addWidget(self.partsProblem)

        self.linesTabs.addTab(self.partsTab, "")
        self.extraWorkTab = QWidget()
        self.extraWorkTab.setObjectName(u"extraWorkTab")
        self.extraWorkLayout = QVBoxLayout(self.extraWorkTab)
        self.extraWorkLayout.setObjectName(u"extraWorkLayout")
        self.extraWorkView = QTableView(self.extraWorkTab)
        self.extraWorkView.setObjectName(u"extraWorkView")

        self.extraWorkLayout.addWidget(self.extraWorkView)

        self.linesTabs.addTab(self.extraWorkTab, "")
        self.changeLogTab = QWidget()
        self.changeLogTab.setObjectName(u"changeLogTab")
        self.changeLogLayout = QVBoxLayout(self.changeLogTab)
        self.changeLogLayout.setObjectName(u"changeLogLayout")
        self.changeLogView = QTableView(self.changeLogTab)
        self.changeLogView.setObjectName(u"changeLogView")

        self.changeLogLayout.addWidget(self.changeLogView)

        self.linesTabs.addTab(self.changeLogTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTableView(self.historyTab)
        self.historyView.setObjectName(u"historyView")

        self.historyLayout.addWidget(self.historyView)

        self.linesTabs.addTab(self.historyTab, "")

        self.formLayout.addWidget(self.linesTabs)

        self.formScroll.setWidget(self.formPage)

        self.mainLayout.addWidget(self.formScroll)

        self.readinessLabel = QLabel(WorkOrderDialog)
        self.readinessLabel.setObjectName(u"readinessLabel")
        self.readinessLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.readinessLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveDraftButton = QPushButton(WorkOrderDialog)
        self.saveDraftButton.setObjectName(u"saveDraftButton")
        self.saveDraftButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveDraftButton)

        self.openButton = QPushButton(WorkOrderDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.openButton)

        self.dispatchButton = QPushButton(WorkOrderDialog)
        self.dispatchButton.setObjectName(u"dispatchButton")
        self.dispatchButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.dispatchButton)

        self.extraWorkButton = QPushButton(WorkOrderDialog)
        self.extraWorkButton.setObjectName(u"extraWorkButton")
        self.extraWorkButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.extraWorkButton)

        self.cancelOrderButton = QPushButton(WorkOrderDialog)
        self.cancelOrderButton.setObjectName(u"cancelOrderButton")
        self.cancelOrderButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelOrderButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(WorkOrderDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.plateLabel.setBuddy(self.plateEdit)
        self.vinLabel.setBuddy(self.vinEdit)
        self.modelLabel.setBuddy(self.modelEdit)
        self.colourLabel.setBuddy(self.colourEdit)
        self.mileageLabel.setBuddy(self.mileageEdit)
        self.fuelLabel.setBuddy(self.fuelCombo)
        self.customerNameLabel.setBuddy(self.customerNameEdit)
        self.customerMobileLabel.setBuddy(self.customerMobileEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactMobileLabel.setBuddy(self.contactMobileEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.paymentLabel.setBuddy(self.paymentCombo)
        self.promisedLabel.setBuddy(self.promisedEdit)
        self.estimateLabel.setBuddy(self.estimateEdit)
        self.valuablesLabel.setBuddy(self.valuablesEdit)
        self.damageLabel.setBuddy(self.damageEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.plateEdit, self.noPlateCheck)
        QWidget.setTabOrder(self.noPlateCheck, self.vinEdit)
        QWidget.setTabOrder(self.vinEdit, self.modelEdit)
        QWidget.setTabOrder(self.modelEdit, self.colourEdit)
        QWidget.setTabOrder(self.colourEdit, self.mileageEdit)
        QWidget.setTabOrder(self.mileageEdit, self.fuelCombo)
        QWidget.setTabOrder(self.fuelCombo, self.customerNameEdit)
        QWidget.setTabOrder(self.customerNameEdit, self.customerMobileEdit)
        QWidget.setTabOrder(self.customerMobileEdit, self.ownerBroughtCheck)
        QWidget.setTabOrder(self.ownerBroughtCheck, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.contactMobileEdit)
        QWidget.setTabOrder(self.contactMobileEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.paymentCombo)
        QWidget.setTabOrder(self.paymentCombo, self.promisedEdit)
        QWidget.setTabOrder(self.promisedEdit, self.estimateEdit)
        QWidget.setTabOrder(self.estimateEdit, self.useTotalButton)
        QWidget.setTabOrder(self.useTotalButton, self.concernsEdit)
        QWidget.setTabOrder(self.concernsEdit, self.valuablesEdit)
        QWidget.setTabOrder(self.valuablesEdit, self.damageEdit)
        QWidget.setTabOrder(self.damageEdit, self.waitsRadio)
        QWidget.setTabOrder(self.waitsRadio, self.leavesRadio)
        QWidget.setTabOrder(self.leavesRadio, self.washCheck)
        QWidget.setTabOrder(self.washCheck, self.oldPartsCheck)
        QWidget.setTabOrder(self.oldPartsCheck, self.linesTabs)
        QWidget.setTabOrder(self.linesTabs, self.labourView)
        QWidget.setTabOrder(self.labourView, self.addLabourButton)
        QWidget.setTabOrder(self.addLabourButton, self.removeLabourButton)
        QWidget.setTabOrder(self.removeLabourButton, self.partsView)
        QWidget.setTabOrder(self.partsView, self.addPartsButton)
        QWidget.setTabOrder(self.addPartsButton, self.removePartsButton)
        QWidget.setTabOrder(self.removePartsButton, self.extraWorkView)
        QWidget.setTabOrder(self.extraWorkView, self.changeLogView)
        QWidget.setTabOrder(self.changeLogView, self.historyView)
        QWidget.setTabOrder(self.historyView, self.saveDraftButton)
        QWidget.setTabOrder(self.saveDraftButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.dispatchButton)
        QWidget.setTabOrder(self.dispatchButton, self.extraWorkButton)
        QWidget.setTabOrder(self.extraWorkButton, self.cancelOrderButton)
        QWidget.setTabOrder(self.cancelOrderButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.overwriteButton)
        QWidget.setTabOrder(self.overwriteButton, self.reloadButton)

        self.retranslateUi(WorkOrderDialog)

        self.linesTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorkOrderDialog)
    # setupUi

    def retranslateUi(self, WorkOrderDialog):
        WorkOrderDialog.setWindowTitle(QCoreApplication.translate("WorkOrderDialog", u"Work order", None))
        self.overwriteButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Save mine over theirs", None))
        self.reloadButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Discard mine, load theirs", None))
        self.vehicleBox.setTitle(QCoreApplication.translate("WorkOrderDialog", u"Vehicle", None))
        self.plateLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&Plate:", None))
        self.plateEdit.setPlaceholderText(QCoreApplication.translate("WorkOrderDialog", u"e.g. \u5dddA12345", None))
        self.noPlateCheck.setText(QCoreApplication.translate("WorkOrderDialog", u"No plate yet (new car)", None))
        self.vinLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&VIN:", None))
        self.vinEdit.setPlaceholderText(QCoreApplication.translate("WorkOrderDialog", u"17 characters", None))
        self.modelLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&Model:", None))
        self.colourLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Colour:", None))
        self.mileageLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Mileage &in (km):", None))
        self.fuelLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&Fuel level:", None))
        self.customerBox.setTitle(QCoreApplication.translate("WorkOrderDialog", u"Customer", None))
        self.customerNameLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Owner &name:", None))
        self.customerMobileLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Owner mo&bile:", None))
        self.customerMobileEdit.setPlaceholderText(QCoreApplication.translate("WorkOrderDialog", u"11 digits", None))
        self.ownerBroughtCheck.setText(QCoreApplication.translate("WorkOrderDialog", u"The o&wner brought the car", None))
        self.contactNameLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Brought by:", None))
        self.contactMobileLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Their mobil&e:", None))
        self.contactMobileEdit.setPlaceholderText(QCoreApplication.translate("WorkOrderDialog", u"11 digits", None))
        self.serviceBox.setTitle(QCoreApplication.translate("WorkOrderDialog", u"Service", None))
        self.categoryLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Categor&y:", None))
        self.paymentLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Payment:", None))
        self.checkedInTitle.setText(QCoreApplication.translate("WorkOrderDialog", u"Checked in:", None))
        self.promisedLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Promised &delivery:", None))
        self.estimateLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Es&timate (CNY):", None))
        self.useTotalButton.setText(QCoreApplication.translate("WorkOrderDialog", u"= lines total", None))
        self.advisorTitle.setText(QCoreApplication.translate("WorkOrderDialog", u"Advisor:", None))
        self.concernsBox.setTitle(QCoreApplication.translate("WorkOrderDialog", u"Customer &concerns \u2013 the customer's own words, one per line", None))
        self.intakeBox.setTitle(QCoreApplication.translate("WorkOrderDialog", u"Intake", None))
        self.valuablesLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Valuables in the car:", None))
        self.valuablesEdit.setPlaceholderText(QCoreApplication.translate("WorkOrderDialog", u"none", None))
        self.damageLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Intake dama&ge:", None))
        self.waitsTitle.setText(QCoreApplication.translate("WorkOrderDialog", u"Customer:", None))
        self.waitsRadio.setText(QCoreApplication.translate("WorkOrderDialog", u"waits", None))
        self.leavesRadio.setText(QCoreApplication.translate("WorkOrderDialog", u"leaves the car", None))
        self.washCheck.setText(QCoreApplication.translate("WorkOrderDialog", u"Wash the car", None))
        self.oldPartsCheck.setText(QCoreApplication.translate("WorkOrderDialog", u"Old parts ret&urned to customer", None))
        self.addLabourButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Add line", None))
        self.removeLabourButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Remove line", None))
        self.linesTabs.setTabText(self.linesTabs.indexOf(self.labourTab), QCoreApplication.translate("WorkOrderDialog", u"&Labour", None))
        self.addPartsButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Add line", None))
        self.removePartsButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Remove line", None))
        self.linesTabs.setTabText(self.linesTabs.indexOf(self.partsTab), QCoreApplication.translate("WorkOrderDialog", u"Pa&rts", None))
        self.linesTabs.setTabText(self.linesTabs.indexOf(self.extraWorkTab), QCoreApplication.translate("WorkOrderDialog", u"Extra work", None))
        self.linesTabs.setTabText(self.linesTabs.indexOf(self.changeLogTab), QCoreApplication.translate("WorkOrderDialog", u"C&hange log", None))
        self.linesTabs.setTabText(self.linesTabs.indexOf(self.historyTab), QCoreApplication.translate("WorkOrderDialog", u"Vehicle history", None))
        self.saveDraftButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Save &draft", None))
        self.openButton.setText(QCoreApplication.translate("WorkOrderDialog", u"&Open order", None))
        self.dispatchButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Dispatch to wor&kshop", None))
        self.extraWorkButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Add e&xtra work\u2026", None))
        self.cancelOrderButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Cancel order\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("WorkOrderDialog", u"Close", None))
    # retranslateUi


; Inno Setup 6 script: DealerDesk for Windows from the PyInstaller bundle.
;
; Built by installer\build.py on a Windows machine with Inno Setup 6 installed:
;     .venv\Scripts\python installer\build.py
; which builds dist\dealerdesk\ from installer\dealerdesk.spec and then runs
;     ISCC /DAppVersion=<dealerdesk\__init__.py __version__> /DBundleDir=<dist\dealerdesk> /O<dist> dealerdesk.iss
; The version therefore comes from the one place the Linux build reads it, and the whole
; bundle folder is installed as built: the list of data files lives only in installer\bundle.py.
;
; The database is NOT in the program folder: DealerDesk keeps it in the user's data folder
; (platformdirs user_data_dir("DealerDesk") = %LOCALAPPDATA%\DealerDesk). The uninstaller
; removes only what it installed, so every user's database stays.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (installer\build.py does)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\dealerdesk"
#endif

#define AppName "DealerDesk"
#define AppExe "dealerdesk.exe"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6F1C2A8E-4D3B-4E7A-9C51-D2A7B8E40D15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DealerDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; An administrator installs for everyone; a user without admin rights can install for themself.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=dealerdesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\dealerdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running DealerDesk before replacing its files.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; The Simplified Chinese wizard text ships with newer Inno Setup releases and as a separate
; download for older ones: use it when this compiler has it.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files an older version had must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: nothing outside {app} is touched, so %LOCALAPPDATA%\DealerDesk
; (the database, its backups) and the window settings survive an uninstall or an upgrade.

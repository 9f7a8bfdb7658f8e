; Inno Setup recipe for Beacon on Windows (Inno Setup 6). packaging/build.sh runs it in Git
; Bash after PyInstaller, when iscc is on PATH:
;   iscc -DAppVersion=0.1.0 -DSourceDir=C:\...\dist\Beacon -DIconFile=C:\...\beacon.ico
;        -DOutputDir=C:\...\dist packaging\windows\beacon.iss
; Installs for the current user (no administrator rights needed) into
; %LOCALAPPDATA%\Programs\Beacon, with a Start menu entry and an uninstaller. Beacon's data
; (%LOCALAPPDATA%\Beacon\Beacon) is the user's: neither the installer nor the uninstaller
; touches it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{7C0B6E2A-6A53-4C33-9E55-2B7D3B0C1E8A}
AppName=Beacon
AppVersion={#AppVersion}
AppPublisher=Beacon
DefaultDirName={autopf}\Beacon
DefaultGroupName=Beacon
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Beacon-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Beacon.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships Chinese (Simplified) only as an unofficial translation: to add it, put
; ChineseSimplified.isl in its Languages folder and add a line like this one.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Beacon"; Filename: "{app}\Beacon.exe"
Name: "{autodesktop}\Beacon"; Filename: "{app}\Beacon.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Beacon.exe"; Description: "{cm:LaunchProgram,Beacon}"; Flags: nowait postinstall skipifsilent

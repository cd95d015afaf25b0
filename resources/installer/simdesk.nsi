; simdesk's setup program: wraps the PyInstaller folder (dist/simdesk) into
; simdesk-VERSION-setup.exe.  Built by ./dev.sh installer (Linux, as a check of this script)
; and by .github/workflows/windows.yml (Windows, the real one):
;
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=dist\simdesk -DOUTFILE=dist\simdesk-0.1.0-setup.exe
;            resources\installer\simdesk.nsi
;
; - Per user, without administrator rights, into %LOCALAPPDATA%\Programs\simdesk; for all
;   users, into Program Files, when started as administrator (/CURRENTUSER keeps it per
;   user).  /D=FOLDER chooses the folder; /S installs silently.
; - Start-menu shortcut; a desktop shortcut unless its box is unticked (or /NODESKTOP).
; - An uninstaller in Apps & features.  It keeps the data folder (%LOCALAPPDATA%\simdesk:
;   the database, backups, logs) unless its box is ticked (or /REMOVEDATA with /S).
; - Upgrade in place: an installed simdesk is found in the registry, a running one is closed
;   first, and the old program files are replaced (never the data).
; - Its own texts in Uzbek, Russian and English (Windows' language chooses; a list at start).

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user

; Paths: makensis on Windows reads "\", on Linux "/".
!ifdef NSIS_WIN32_MAKENSIS
  !define SEP "\"
!else
  !define SEP "/"
!endif

!ifndef VERSION
  !error "Give the version: makensis -DVERSION=x.y.z (./dev.sh installer reads simdesk.__version__)"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..${SEP}..${SEP}dist${SEP}simdesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..${SEP}..${SEP}dist${SEP}simdesk-${VERSION}-setup.exe"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif

!define APP "simdesk"
!define APP_EXE "simdesk.exe"
!define CLI_EXE "simdesk-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\simdesk"
!define ICON "..${SEP}icons${SEP}simdesk.ico"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${APP}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT license"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "nsDialogs.nsh"

Var AllUsers     ; 1: for all users (HKLM, Program Files), 0: this user (HKCU)
Var Upgrading    ; 1: an installed simdesk was found
Var RemoveData   ; uninstaller: 1 when the data folder goes too
Var RemoveBox
Var UnAllUsers   ; uninstaller: 1 when installed for all users

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "Software\simdesk\installer"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipDirectoryOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; The first language is the one used when Windows speaks none of the three.
!insertmacro MUI_LANGUAGE "Uzbek"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_MAIN ${LANG_UZBEK} "simdesk dasturi"
LangString SEC_MAIN ${LANG_RUSSIAN} "Программа simdesk"
LangString SEC_MAIN ${LANG_ENGLISH} "simdesk program"
LangString SEC_MAIN_DESC ${LANG_UZBEK} "Dastur fayllari va Boshlash menyusidagi yorliq (majburiy)."
LangString SEC_MAIN_DESC ${LANG_RUSSIAN} "Файлы программы и ярлык в меню «Пуск» (обязательно)."
LangString SEC_MAIN_DESC ${LANG_ENGLISH} "The program's files and its Start-menu shortcut (required)."
LangString SEC_DESKTOP ${LANG_UZBEK} "Ish stolidagi yorliq"
LangString SEC_DESKTOP ${LANG_RUSSIAN} "Ярлык на рабочем столе"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP_DESC ${LANG_UZBEK} "Ish stolida simdesk yorlig'ini yaratish."
LangString SEC_DESKTOP_DESC ${LANG_RUSSIAN} "Создать ярлык simdesk на рабочем столе."
LangString SEC_DESKTOP_DESC ${LANG_ENGLISH} "Put a simdesk shortcut on the desktop."
LangString RUNNING ${LANG_UZBEK} "simdesk hozir ishlayapti. Davom etish uchun u yopiladi (oynadagi saqlanmagan o'zgarishlar yo'qoladi). Davom etilsinmi?"
LangString RUNNING ${LANG_RUSSIAN} "simdesk сейчас запущен. Чтобы продолжить, он будет закрыт (несохранённые изменения в его окне пропадут). Продолжить?"
LangString RUNNING ${LANG_ENGLISH} "simdesk is running. To continue it will be closed (unsaved changes in its window are lost). Continue?"
LangString STILL_RUNNING ${LANG_UZBEK} "simdesk yopilmadi. Uni yoping va «Qayta urinish» tugmasini bosing."
LangString STILL_RUNNING ${LANG_RUSSIAN} "Не удалось закрыть simdesk. Закройте его и нажмите «Повтор»."
LangString STILL_RUNNING ${LANG_ENGLISH} "simdesk could not be closed. Close it, then choose Retry."
LangString NEED_ADMIN ${LANG_UZBEK} "simdesk barcha foydalanuvchilar uchun o'rnatilgan. Uni o'chirish uchun dasturni administrator sifatida ishga tushiring."
LangString NEED_ADMIN ${LANG_RUSSIAN} "simdesk установлен для всех пользователей. Чтобы удалить его, запустите удаление от имени администратора."
LangString NEED_ADMIN ${LANG_ENGLISH} "simdesk is installed for all users. Run the uninstaller as administrator to remove it."
LangString DATA_TITLE ${LANG_UZBEK} "Ma'lumotlaringiz"
LangString DATA_TITLE ${LANG_RUSSIAN} "Ваши данные"
LangString DATA_TITLE ${LANG_ENGLISH} "Your data"
LangString DATA_SUBTITLE ${LANG_UZBEK} "Ma'lumotlar bazasi, zaxira nusxalar va jurnallar saqlanib qoladimi?"
LangString DATA_SUBTITLE ${LANG_RUSSIAN} "Оставить базу данных, резервные копии и журналы?"
LangString DATA_SUBTITLE ${LANG_ENGLISH} "Keep the database, the backups and the logs?"
LangString DATA_TEXT ${LANG_UZBEK} "Dastur o'chiriladi, ma'lumotlar papkasi esa saqlanadi: simdesk qayta o'rnatilsa, hammasi joyida bo'ladi.$\r$\n$\r$\nPapka: $LOCALAPPDATA\simdesk"
LangString DATA_TEXT ${LANG_RUSSIAN} "Программа будет удалена, а папка данных останется: при повторной установке simdesk всё будет на месте.$\r$\n$\r$\nПапка: $LOCALAPPDATA\simdesk"
LangString DATA_TEXT ${LANG_ENGLISH} "The program is removed and the data folder is kept: install simdesk again and everything is still there.$\r$\n$\r$\nFolder: $LOCALAPPDATA\simdesk"
LangString DATA_REMOVE ${LANG_UZBEK} "Ma'lumotlarimni ham o'chirish (qaytarib bo'lmaydi)"
LangString DATA_REMOVE ${LANG_RUSSIAN} "Удалить и мои данные (без возможности восстановления)"
LangString DATA_REMOVE ${LANG_ENGLISH} "Delete my data too (this cannot be undone)"

; ------------------------------------------------------------------ closing a running simdesk

; Is simdesk.exe or simdesk-cli.exe of $INSTDIR running?  A running program's file cannot be
; opened for writing.  Pushes 1 or 0.
!macro IS_RUNNING_FN PREFIX
Function ${PREFIX}IsRunning
  Push $0
  StrCpy $0 0
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    ClearErrors
    FileOpen $1 "$INSTDIR\${APP_EXE}" a
    ${If} ${Errors}
      StrCpy $0 1
    ${Else}
      FileClose $1
    ${EndIf}
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
    ClearErrors
    FileOpen $1 "$INSTDIR\${CLI_EXE}" a
    ${If} ${Errors}
      StrCpy $0 1
    ${Else}
      FileClose $1
    ${EndIf}
  ${EndIf}
  Exch $0
FunctionEnd

; Close a running simdesk: asked first (not when silent), then ended politely, then for good.
Function ${PREFIX}CloseRunning
  Call ${PREFIX}IsRunning
  Pop $0
  ${If} $0 == 0
    Return
  ${EndIf}
  MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" /SD IDOK IDOK retry
  Quit
  retry:
  ; Every simdesk.exe this user may end (an administrator's upgrade of an all-users install:
  ; everyone's, whose program files are about to be replaced anyway).
  DetailPrint "taskkill ${APP_EXE} ${CLI_EXE}"
  nsExec::Exec '"$SYSDIR\taskkill.exe" /IM ${APP_EXE} /IM ${CLI_EXE}'
  Pop $0
  Sleep 3000
  Call ${PREFIX}IsRunning
  Pop $0
  ${If} $0 == 1
    nsExec::Exec '"$SYSDIR\taskkill.exe" /F /IM ${APP_EXE} /IM ${CLI_EXE}'
    Pop $0
    Sleep 1500
    Call ${PREFIX}IsRunning
    Pop $0
  ${EndIf}
  ${If} $0 == 1
    ${If} ${Silent}
      Abort
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONSTOP "$(STILL_RUNNING)" IDRETRY retry
    Quit
  ${EndIf}
FunctionEnd
!macroend
!insertmacro IS_RUNNING_FN ""
!insertmacro IS_RUNNING_FN "un."

; ------------------------------------------------------------------ install

Section "$(SEC_MAIN)" SecMain
  SectionIn RO
  Call CloseRunning
  SetOutPath "$INSTDIR"
  ; An upgrade: the old program's files go first (the data lives elsewhere, untouched).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  File /r "${SOURCE_DIR}${SEP}*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  Delete "$DESKTOP\${APP}.lnk"   ; made again below when its box is ticked

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "AllUsers" $AllUsers
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} "$(SEC_MAIN_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SEC_DESKTOP_DESC)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; After the sections: .onInit unticks ${SecDesktop} for /NODESKTOP.
Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ${GetParameters} $R0
  StrCpy $AllUsers 0
  UserInfo::GetAccountType
  Pop $0
  ClearErrors
  ${GetOptions} $R0 "/CURRENTUSER" $1
  ${If} ${Errors}
  ${AndIf} $0 == "Admin"
    StrCpy $AllUsers 1   ; started as administrator: for everyone
  ${EndIf}
  ${If} $AllUsers == 1
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
  StrCpy $Upgrading 0
  ReadRegStr $1 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $INSTDIR == ""          ; no /D=: the installed copy's folder, else the default
    ${If} $1 != ""
      StrCpy $INSTDIR $1
      StrCpy $Upgrading 1
    ${ElseIf} $AllUsers == 1
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
    ${Else}
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
    ${EndIf}
  ${ElseIf} $1 == $INSTDIR
    StrCpy $Upgrading 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Function SkipDirectoryOnUpgrade
  ${If} $Upgrading == 1
    Abort   ; an upgrade goes where the installed simdesk is
  ${EndIf}
FunctionEnd

; ------------------------------------------------------------------ uninstall

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $RemoveData 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
  ; Installed for all users when the machine's registry names this folder.
  ReadRegStr $1 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $1 == $INSTDIR
    UserInfo::GetAccountType
    Pop $0
    ${If} $0 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(NEED_ADMIN)" /SD IDOK
      SetErrorLevel 5
      Quit
    ${EndIf}
    StrCpy $UnAllUsers 1
    SetShellVarContext all
  ${Else}
    StrCpy $UnAllUsers 0
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DATA_TITLE)" "$(DATA_SUBTITLE)"
  ; The text names the user's own folder, whichever way the program was installed.
  SetShellVarContext current
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 60u "$(DATA_TEXT)"
  Pop $0
  ${If} $UnAllUsers == 1
    SetShellVarContext all
  ${EndIf}
  ${NSD_CreateCheckbox} 0 70u 100% 12u "$(DATA_REMOVE)"
  Pop $RemoveBox
  ${If} $RemoveData == 1
    ${NSD_Check} $RemoveBox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveBox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $RemoveData 1
  ${Else}
    StrCpy $RemoveData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Call un.CloseRunning
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; The program's own files only (never the whole folder: it may hold someone else's).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  ${If} $RemoveData == 1
    SetShellVarContext current   ; the data folder is the user's (platformdirs)
    DetailPrint "$LOCALAPPDATA\simdesk"
    RMDir /r "$LOCALAPPDATA\simdesk"
  ${EndIf}
SectionEnd

; Copydesk's additions to electron-builder's NSIS installer (electron-builder.yml nsis.include).
;
; "Open with" for the files Copydesk imports, without taking over any type's default application:
; each extension lists the Copydesk.Import class under OpenWithProgids (electron-builder's own
; fileAssociations would make Copydesk the default program for .txt, .html and .docx).
; Windows matches only a file name's last extension, so .copydesk.json files are reached through .json.
; And the copydesk:// protocol (links that open a document or an annotation), which the NSIS
; template does not register from `protocols`. The uninstaller removes all of it.
; SHELL_CONTEXT is HKCU for a per-user install and HKLM for a per-machine one.

!macro copydeskOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\${EXT}\OpenWithProgids" "Copydesk.Import"
!macroend

!macro copydeskForget EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\${EXT}\OpenWithProgids" "Copydesk.Import"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\Copydesk.Import" "" "Document for Copydesk"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Copydesk.Import\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Copydesk.Import\shell\open" "" "Import into Copydesk"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Copydesk.Import\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro copydeskOpenWith ".copydesk.json"
  !insertmacro copydeskOpenWith ".json"
  !insertmacro copydeskOpenWith ".txt"
  !insertmacro copydeskOpenWith ".md"
  !insertmacro copydeskOpenWith ".markdown"
  !insertmacro copydeskOpenWith ".html"
  !insertmacro copydeskOpenWith ".htm"
  !insertmacro copydeskOpenWith ".docx"

  WriteRegStr SHELL_CONTEXT "Software\Classes\copydesk" "" "URL:Copydesk link"
  WriteRegStr SHELL_CONTEXT "Software\Classes\copydesk" "URL Protocol" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\copydesk\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\copydesk\shell\open\command" "" '"$appExe" "%1"'
!macroend

!macro customUnInstall
  !insertmacro copydeskForget ".copydesk.json"
  !insertmacro copydeskForget ".json"
  !insertmacro copydeskForget ".txt"
  !insertmacro copydeskForget ".md"
  !insertmacro copydeskForget ".markdown"
  !insertmacro copydeskForget ".html"
  !insertmacro copydeskForget ".htm"
  !insertmacro copydeskForget ".docx"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Copydesk.Import"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\copydesk"
!macroend

# dialogs

untitled-map = Mapa sin título
count-stakeholders = { $count ->
        [one] { $count } actor
       *[other] { $count } actores
    }
count-relations = { $count ->
        [one] { $count } relación
       *[other] { $count } relaciones
    }

dialog-save = Guardar
dialog-dont-save = No guardar
dialog-cancel = Cancelar
dialog-close = Cerrar
dialog-ok = Aceptar
dialog-open = Abrir
dialog-save-as = Guardar como…
dialog-overwrite = Sobrescribir
dialog-choose-folder = Elegir esta carpeta

dialog-shortcuts-title = Atajos de teclado

dialog-unsaved-title = Cambios sin guardar
dialog-unsaved-question = { $then ->
        [new-map] ¿Guardar los cambios de «{ $name }» antes de empezar un mapa nuevo?
        [open] ¿Guardar los cambios de «{ $name }» antes de abrir otro mapa?
       *[quit] ¿Guardar los cambios de «{ $name }» antes de cerrar?
    }

dialog-changed-on-disk-title = El archivo cambió en el disco
dialog-changed-on-disk-text = Otro programa u otra ventana modificó «{ $name }» desde que lo abrió. Si guarda ahora, esos cambios se sustituyen.

dialog-error-title = Algo salió mal
dialog-error-map-unchanged = El mapa en pantalla sigue como estaba.

dialog-recover-title = ¿Recuperar el trabajo sin guardar?
dialog-recover-text = Powermap se cerró sin guardar estos mapas. «Recuperar» abre uno como mapa sin guardar; «Descartar» lo borra definitivamente.
dialog-recover-saved = { $changes ->
        [one] Guardado para recuperación { $ago }, { $changes } cambio sin guardar
       *[other] Guardado para recuperación { $ago }, { $changes } cambios sin guardar
    }
dialog-recover-opened-from = Abierto desde { $path }
dialog-recover = Recuperar
dialog-discard = Descartar
dialog-decide-later = Decidir más tarde
dialog-decide-later-hover = Conservarlos; se ofrecerán de nuevo la próxima vez
dialog-just-now = hace un momento
dialog-minutes-ago = { $count ->
        [one] hace { $count } minuto
       *[other] hace { $count } minutos
    }
dialog-hours-ago = { $count ->
        [one] hace { $count } hora
       *[other] hace { $count } horas
    }
dialog-days-ago = { $count ->
        [one] hace { $count } día
       *[other] hace { $count } días
    }

dialog-loading-title = Abriendo un mapa
dialog-loading-reading = Leyendo { $name } ({ $megabytes } MB)…
dialog-loading-map-unchanged = El mapa en pantalla sigue como está hasta que se lea este.

dialog-path-open = Escriba la ruta del archivo que abrir.
dialog-path-save = Escriba la ruta del archivo que escribir.
dialog-path-folder = Escriba la ruta de la carpeta.
dialog-path-example = /home/yo/mapas/coalicion.ron
dialog-path-no-file-dialog = No se pudo mostrar ningún diálogo de archivos en este escritorio. Instalar zenity o un portal de escritorio XDG lo recupera.
dialog-path-empty = Escriba primero una ruta
dialog-path-no-file = No hay ningún archivo en { $path }
dialog-path-no-folder = No hay ninguna carpeta en { $path }
dialog-path-no-parent-folder = La carpeta { $path } no existe
dialog-path-is-folder = { $path } es una carpeta: añada un nombre de archivo

files-powermap-map = Mapa de Powermap
files-png-picture = Imagen PNG
files-svg-picture = Imagen SVG
files-open-title = Abrir un mapa
files-save-title = Guardar el mapa
files-import-spreadsheet-title = Importar actores desde una hoja de cálculo
files-import-graphml-title = Importar un archivo GraphML (yEd, Gephi)
files-merge-base-title = Combinar: elija la versión de la que partieron ambas (el ancestro común)
files-merge-other-title = Combinar: elija la otra versión
files-compare-title = Comparar con otra versión de este mapa
files-export-graphml-title = Exportar para yEd o Gephi
files-export-picture-title = Exportar una imagen de la vista
files-export-spreadsheet-title = Exportar los actores a una hoja de cálculo
files-export-plan-title = Exportar las tareas y gestiones a una hoja de cálculo
files-export-due-dates-title = Exportar los vencimientos a un calendario
files-icalendar = Archivo iCalendar
files-plan-file-name = { $title } - tareas.csv
files-due-dates-file-name = { $title } - vencimientos.ics
files-share-title = Guardar una copia para compartir
files-share-file-name = { $title } (para compartir).ron
files-export-scenes-title = Exportar cada escena como imagen a una carpeta
files-scene = Escena

document-no-file-yet = el mapa aún no tiene archivo; use Guardar como…

autosave-could-not-write = El guardado automático no pudo escribir el mapa: { $error }
autosave-failed = Falló el guardado automático: { $error }

share-title = Guardar una copia para compartir
share-intro = La copia es para personas ajenas a la coalición. Su mapa sigue como está.
share-hide-individuals = Sustituir el nombre de las personas por su función
share-save = Guardar la copia…
share-leaves-out = La copia omite:
share-no-confidential-notes = Ningún actor tiene notas confidenciales.
share-confidential-notes-of = { $count ->
        [one] Las notas confidenciales de { $count } actor: { $names }
       *[other] Las notas confidenciales de { $count } actores: { $names }
    }
share-renamed = «{ $name }» pasa a ser «{ $replacement }»
share-rest-kept = Todo lo demás se conserva, también las notas públicas: reléalas antes de enviar la copia.

compare-same = Este mapa es idéntico a { $other }
compare-title = Comparado con { $other }
compare-no-difference = Ninguna diferencia: actores, relaciones, coaliciones, escenas y ajustes son todos iguales.
compare-from-to = De { $other } (antes) a este mapa (después); + añadido, − eliminado, ~ modificado:
compare-copy = Copiar

merge-step = combinar con { $other }
merge-title = Combinado con { $other }
merge-summary-conflicts = { $count ->
        [one] Combinado con { $other }: { $count } conflicto, etiquetado { $tag }
       *[other] Combinado con { $other }: { $count } conflictos, etiquetados { $tag }
    }
merge-settings-changed = cambiaron los ajustes del mapa
merge-renumbered = { $noun ->
        [stakeholder] el nuevo actor «{ $name }» de la otra versión pasa a ser { $to } ({ $from } ya estaba ocupado aquí)
        [relation] la nueva relación «{ $name }» de la otra versión pasa a ser { $to } ({ $from } ya estaba ocupado aquí)
        [coalition] la nueva coalición «{ $name }» de la otra versión pasa a ser { $to } ({ $from } ya estaba ocupado aquí)
        [scene] la nueva escena «{ $name }» de la otra versión pasa a ser { $to } ({ $from } ya estaba ocupado aquí)
       *[other] el nuevo elemento «{ $name }» de la otra versión pasa a ser { $to } ({ $from } ya estaba ocupado aquí)
    }
merge-undo-hint = Deshacer (Ctrl+Z) revierte toda la combinación.
merge-nothing-new = La otra versión no trae ningún cambio que le falte a este mapa.
merge-from-other = De la otra versión:
merge-no-conflicts = Ningún conflicto.
merge-conflicts-kept = { $count ->
        [one] { $count } conflicto: se conservan los valores de este mapa. Los actores afectados llevan la etiqueta { $tag } (Buscar, Ctrl+F, o el filtro por etiqueta los muestra), y las notas del mapa enumeran cada conflicto.
       *[other] { $count } conflictos: se conservan los valores de este mapa. Los actores afectados llevan la etiqueta { $tag } (Buscar, Ctrl+F, o el filtro por etiqueta los muestra), y las notas del mapa enumeran cada conflicto.
    }
merge-and-more = { $names } y { $more } más
merge-part-first = { $noun ->
        [relation] { $count ->
            [one] { $count } relación
           *[other] { $count } relaciones
        }
        [coalition] { $count ->
            [one] { $count } coalición
           *[other] { $count } coaliciones
        }
        [scene] { $count ->
            [one] { $count } escena
           *[other] { $count } escenas
        }
       *[stakeholder] { $count ->
            [one] { $count } actor
           *[other] { $count } actores
        }
    } { $what ->
        [added] { $noun ->
            [stakeholder] { $count ->
                [one] añadido
               *[other] añadidos
            }
           *[other] { $count ->
                [one] añadida
               *[other] añadidas
            }
        }
        [changed] { $noun ->
            [stakeholder] { $count ->
                [one] modificado
               *[other] modificados
            }
           *[other] { $count ->
                [one] modificada
               *[other] modificadas
            }
        }
       *[removed] { $noun ->
            [stakeholder] { $count ->
                [one] eliminado
               *[other] eliminados
            }
           *[other] { $count ->
                [one] eliminada
               *[other] eliminadas
            }
        }
    } ({ $names })
merge-part-next = { $count } { $what ->
        [added] { $noun ->
            [stakeholder] { $count ->
                [one] añadido
               *[other] añadidos
            }
           *[other] { $count ->
                [one] añadida
               *[other] añadidas
            }
        }
        [changed] { $noun ->
            [stakeholder] { $count ->
                [one] modificado
               *[other] modificados
            }
           *[other] { $count ->
                [one] modificada
               *[other] modificadas
            }
        }
       *[removed] { $noun ->
            [stakeholder] { $count ->
                [one] eliminado
               *[other] eliminados
            }
           *[other] { $count ->
                [one] eliminada
               *[other] eliminadas
            }
        }
    } ({ $names })

import-from = Importar desde { $source }
import-and-more = y { $more } más

graphml-makes-map = Crea un mapa nuevo con { $stakeholders } y { $relations }.
graphml-open = Abrir como mapa nuevo
graphml-open-rest = Abrir el resto como mapa nuevo
graphml-left-out = { $count ->
        [one] { $count } elemento no se pudo leer y se omitirá:
       *[other] { $count } elementos no se pudieron leer y se omitirán:
    }
graphml-read-differently = Leído de otro modo que en el archivo:
graphml-all-read = Todo el contenido del archivo se puede leer.
graphml-map-unchanged = El mapa en pantalla sigue como está hasta que abra el nuevo.

spreadsheet-summary = Importado desde { $source }: { $added ->
        [one] { $added } actor añadido
       *[other] { $added } actores añadidos
    }, { $changed ->
        [one] { $changed } modificado
       *[other] { $changed } modificados
    }, { $relations ->
        [one] { $relations } relación añadida
       *[other] { $relations } relaciones añadidas
    }
spreadsheet-import = Importar
spreadsheet-import-readable = Importar las filas legibles
spreadsheet-nothing = Nada que importar: el mapa ya contiene cada fila legible.
spreadsheet-will-add = { $count ->
        [one] Se añadirá { $count } actor:
       *[other] Se añadirán { $count } actores:
    }
spreadsheet-will-change = { $count ->
        [one] Se modificará { $count } actor:
       *[other] Se modificarán { $count } actores:
    }
spreadsheet-will-add-relations = { $count ->
        [one] Se añadirá { $count } relación.
       *[other] Se añadirán { $count } relaciones.
    }
spreadsheet-unchanged = { $count ->
        [one] { $count } fila ya está en el mapa tal como en el archivo.
       *[other] { $count } filas ya están en el mapa tal como en el archivo.
    }
spreadsheet-rejected = { $count ->
        [one] { $count } fila no se pudo leer y se omitirá:
       *[other] { $count } filas no se pudieron leer y se omitirán:
    }
spreadsheet-unknown-columns = Columnas omitidas (Powermap no tiene ese campo): { $columns }
spreadsheet-undo-hint = La importación es un solo paso: Deshacer la revierte entera.
spreadsheet-and-more = { $names } y { $more } más

settings-window-title = Ajustes del mapa
settings-conditions = Condiciones
settings-title = Título
settings-title-hint = Cómo se llama el mapa
settings-goal = Objetivo
settings-goal-hint = Qué quiere cambiar la coalición, y para cuándo
settings-theory-of-change = Teoría del cambio
settings-theory-of-change-hint = La cadena causal por la que apuesta la coalición: evidencia + atención mediática = en la agenda
settings-salience = Relevancia del tema
settings-salience-hint = Cuánto importa hoy el tema al público y a quienes deciden
settings-timing = Momento
settings-timing-hint = Ventanas de oportunidad y plazos
settings-feasibility = Viabilidad
settings-feasibility-hint = Qué posibilidades hay de ganar, y por qué
settings-notes = Notas
settings-undo-hint = Cada campo es un paso que se puede deshacer, guardado al salir de él.

# las diferencias entre dos versiones (comparar, diff)

diff-map-settings = Ajustes del mapa
diff-stakeholders = Actores
diff-relations = Relaciones
diff-coalitions = Coaliciones
diff-scenes = Escenas
diff-plan = Plan de acción
diff-added = añadido
diff-removed = eliminado
diff-changed = modificado

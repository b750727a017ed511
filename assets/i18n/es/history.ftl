# La evolución en el tiempo: la barra del tiempo, la comparación de dos
# fechas en cada vista y la pestaña «Antes y ahora» de la tabla.

then-now-tab = Antes y ahora
then-now-hint = Cada valor tal como era en la fecha de comparación y tal como es en la fecha mostrada; lo que cambió va en negrita, tras »
then-now-summary = { $changed ->
    [0] Nadie cambió, de { $all ->
        [one] un actor
       *[other] { $all } actores
    }
    [one] Un actor cambió, de { $all }
   *[other] { $changed } actores cambiaron, de { $all }
}
then-now-only-changed = Solo quienes cambiaron
then-now-name = Nombre
then-now-then = { $field }, antes
then-now-now = { $field }, ahora
then-now-field-stance = Postura
then-now-field-power = Poder
then-now-field-interest = Interés
then-now-field-commitment = Compromiso
then-now-field-role = Rol

time-history = Historial
time-nothing-yet = Aún no hay nada registrado
time-nothing-yet-hint = Registre en el inspector un valor con fecha de un actor o de una relación; los hitos dan nombre a fechas a las que volver.
time-date-hint = AAAA-MM-DD
time-date-tooltip = Escriba una fecha y pulse Intro para ver el mapa tal como era entonces
time-back-to-now = Volver a hoy
time-mark-checkpoint = Marcar hito…
time-mark-checkpoint-tooltip = Dar nombre a una fecha a la que volver, por ejemplo «antes de la sesión informativa del Consejo»
time-checkpoint-name = Nombre del hito
time-checkpoint-name-hint = Antes de la sesión informativa del Consejo
time-checkpoint-on = el
time-mark = Marcar
time-cancel = Cancelar
time-checkpoint-needs-name = Dé un nombre al hito
time-checkpoint-too-far = { $day } está a más de un año de hoy; un hito nombra una fecha de la campaña
time-now = Hoy
time-slider-tooltip = Deslice por las fechas en que se registró algo; al final está hoy
time-compare-with = Comparar con…
time-compared-with = Comparado con el { $day }
time-no-comparison = Sin comparación
time-compare-tooltip = Mostrar dónde estaba cada actor en esa fecha: flechas en el espectro y la cuadrícula, marcas en las relaciones de la red, antes y ahora en la tabla
time-comparing = Las flechas van de donde estaba cada actor el { $day } (anillo) a donde está ahora, en el espectro y la cuadrícula; en la red, las relaciones llevan la marca
time-comparing-past = Las flechas van de donde estaba cada actor el { $day } (anillo) a donde estaba el { $shown }, el día que se muestra, en el espectro y la cuadrícula; en la red, las relaciones llevan la marca
time-mark-added = creada desde entonces
time-mark-removed = perdida desde entonces (punteada)
time-mark-stronger = más fuerte
time-mark-weaker = más débil
time-banner-checkpoint = {" "}(«{ $name }»)
time-banner-compared = , comparado con el { $day }
time-banner = ⏪ Mapa tal como era el { $day }{ $checkpoint }{ $compared }. No se puede editar mientras mira el pasado: pulse «Volver a hoy» para editar.
legend-compare-moved = desplazamiento desde el anillo (posición en el día anterior) hasta la punta de la flecha (posición en el posterior)

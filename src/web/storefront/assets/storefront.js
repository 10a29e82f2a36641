// Landfall storefront: small refinements on top of pages that work without this script.
(function () {
  'use strict';

  // Country and language switcher: offer only the languages the chosen country's market speaks,
  // keeping the current language when that market speaks it too.
  document.querySelectorAll('form[data-switcher]').forEach(function (form) {
    var country = form.querySelector('select[name="country"]');
    var language = form.querySelector('select[name="language"]');
    if (!country || !language) return;
    country.addEventListener('change', function () {
      var option = country.options[country.selectedIndex];
      var languages;
      try {
        languages = JSON.parse(option.getAttribute('data-languages') || '[]');
      } catch (e) {
        return;
      }
      var keep = language.value;
      language.textContent = '';
      languages.forEach(function (pair) {
        var o = document.createElement('option');
        o.value = pair[0];
        o.lang = pair[0];
        o.textContent = pair[1];
        if (pair[0] === keep) o.selected = true;
        language.appendChild(o);
      });
    });
  });

  // Variant picker: show the chosen variant's price, what it includes and its item number, and
  // keep the choice in the address so it can be shared or reloaded.
  document.querySelectorAll('form[data-variants]').forEach(function (form) {
    var price = document.querySelector('[data-shown-price]');
    var note = document.querySelector('[data-shown-tax-note]');
    var sku = document.querySelector('[data-sku]');
    form.addEventListener('change', function (event) {
      var input = event.target;
      if (!input || input.name !== 'sku' || !input.checked) return;
      if (price) price.textContent = input.getAttribute('data-price');
      if (note) note.textContent = input.getAttribute('data-tax-note');
      if (sku) sku.textContent = input.value;
      if (window.history && history.replaceState) {
        var url = new URL(location.href);
        url.searchParams.set('variant', input.value);
        history.replaceState(null, '', url);
      }
    });
  });
})();

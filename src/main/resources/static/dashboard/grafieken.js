// The dashboard's charts (Chart.js from the webjar, loaded as the global Chart). Calm colours with
// enough contrast against white; every chart has a table with the same figures beside it.

export const KLEUREN = {
  blauw: '#1f4e79',
  lichtblauw: '#4a90c9',
  oranje: '#b35c00',
  groen: '#2e7d4f',
  lichtgroen: '#cfe6d6',
  grijs: '#6b7280',
  rood: '#b42318'
};

const grafieken = new Map();

function standaarden() {
  const Chart = window.Chart;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#1f2933';
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 };
  Chart.defaults.plugins.legend.labels.boxWidth = 14;
}

/**
 * Draws (or redraws) the chart on the canvas with this id; onKlik(index) opens what a bar stands
 * for. A horizontal bar chart grows with its number of bars, so a bar stays a bar.
 */
export function teken(id, configuratie, onKlik) {
  if (!window.Chart) {
    return null;
  }
  if (!grafieken.size) {
    standaarden();
  }
  grafieken.get(id)?.destroy();
  const canvas = document.getElementById(id);
  const houder = canvas.closest('.grafiek');
  houder.hidden = false;
  if (configuratie.options?.indexAxis === 'y') {
    const gestapeld = configuratie.options.scales?.y?.stacked;
    const balken = configuratie.data.labels.length * (gestapeld ? 1 : configuratie.data.datasets.length);
    houder.style.height = `${Math.max(9, 5 + balken * 1.4 + configuratie.data.labels.length * 0.8)}rem`;
  }
  configuratie.options = configuratie.options ?? {};
  configuratie.options.plugins = configuratie.options.plugins ?? {};
  configuratie.options.plugins.legend = {
    labels: { sort: (a, b) => a.datasetIndex - b.datasetIndex }, ...configuratie.options.plugins.legend };
  if (onKlik) {
    configuratie.options.onClick = (event, elementen) => {
      if (elementen.length) {
        onKlik(elementen[0].index);
      }
    };
    configuratie.options.onHover = (event, elementen) => {
      canvas.style.cursor = elementen.length ? 'pointer' : 'default';
    };
  }
  const grafiek = new window.Chart(canvas, configuratie);
  grafieken.set(id, grafiek);
  return grafiek;
}

/** Hides a chart that has nothing to show (its section says so in words). */
export function verberg(id) {
  grafieken.get(id)?.destroy();
  grafieken.delete(id);
  document.getElementById(id).closest('.grafiek').hidden = true;
}

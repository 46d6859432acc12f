export const THEME_STORAGE_KEY = 'theme';

/**
 * Runs in <head> before the body is parsed, so a remembered theme applies before the first paint
 * (no flash of the OS theme). Also marks that JS runs, so JS-only controls can show.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})()`;

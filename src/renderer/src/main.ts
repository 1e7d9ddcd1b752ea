// First: the code of a screen other than the Library is fetched while the rest is evaluated.
import './screens/first-screen'
import { mount } from 'svelte'
import './app.css'
import App from './App.svelte'

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')
export default mount(App, { target })

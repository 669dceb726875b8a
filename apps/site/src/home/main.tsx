import { mountPage } from '../shell/mountPage.js';
import { HomePage } from './HomePage.js';
import '../styles/home.css';

mountPage('home', <HomePage />, { app: true });

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { WagmiProvider } from 'wagmi';
import { i18nReady } from './lib/i18n';
import './styles.css';
import { App } from './App';
import { loadRuntimeConfig, RuntimeConfigContext } from './lib/config';
import { createWagmiConfig } from './lib/wagmi';

const root = createRoot(document.getElementById('root')!);

Promise.all([loadRuntimeConfig(), i18nReady]).then(
  ([config]) => {
    const wagmiConfig = createWagmiConfig(config);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 2, refetchOnWindowFocus: true } } });
    root.render(
      <StrictMode>
        <RuntimeConfigContext.Provider value={config}>
          <WagmiProvider config={wagmiConfig}>
            <QueryClientProvider client={queryClient}>
              <App />
            </QueryClientProvider>
          </WagmiProvider>
        </RuntimeConfigContext.Provider>
      </StrictMode>,
    );
  },
  (error: Error) => {
    root.render(
      <main className="fatal" role="alert">
        <h1>拉手 Lashou</h1>
        <p>{error.message}</p>
      </main>,
    );
  },
);

// generated — do not edit. Source: contracts/out (Foundry artifacts).
// Regenerate with `npm run generate -w @lashou/abi` after `npm run build:contracts`.
/* eslint-disable */

/** ABI of `ClaimParameters` (src/ClaimParameters.sol). */
export const claimParametersAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "pool_",
        "type": "address",
        "internalType": "contract IMutualPool"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "initial",
        "type": "uint256[14]",
        "internalType": "uint256[14]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "GOVERNOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_WINDOW",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_WINDOW",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "RUN_OFF_HONOUR_PERIOD",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "honourUntil",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "parameter",
    "inputs": [
      {
        "name": "which",
        "type": "uint8",
        "internalType": "enum ClaimParameter"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IMutualPool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "runOffStartedAt",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setParameter",
    "inputs": [
      {
        "name": "which",
        "type": "uint8",
        "internalType": "enum ClaimParameter"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "startRunOff",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "ClaimParameterChanged",
    "inputs": [
      {
        "name": "parameter",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum ClaimParameter"
      },
      {
        "name": "oldValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimsRunOffStarted",
    "inputs": [
      {
        "name": "startedAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "honourUntil",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsGovernanceDelayTooShort",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidParameter",
    "inputs": [
      {
        "name": "parameter",
        "type": "uint8",
        "internalType": "enum ClaimParameter"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsPoolNotInRunOff",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ClaimsRunOffAlreadyStarted",
    "inputs": [
      {
        "name": "startedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `ClaimParameters`. */
export const claimParametersBytecode = '0x60a060405234801561000f575f5ffd5b506040516111b93803806111b983398101604081905261002e916102ee565b6001600160a01b0383166080525f5b600e81101561007f5761007781600d81111561005b5761005b610390565b8383600e811061006d5761006d6103a4565b60200201516100be565b60010161003d565b5061008a5f8361021a565b506100b57f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f558361021a565b505050506103e2565b5f8083600d8111156100d2576100d2610390565b14806100ef5750600b83600d8111156100ed576100ed610390565b145b1561011157811580159061010a57506001600160601b038211155b90506101b3565b600183600d81111561012557610125610390565b14806101425750600283600d81111561014057610140610390565b145b1561015857506001600160601b038111156101b3565b600c83600d81111561016c5761016c610390565b14806101895750600d83600d81111561018757610187610390565b145b1561019a57506127108111156101b3565b610e1082101580156101b057506303c267008211155b90505b806101de57828260405163b2a8f21f60e01b81526004016101d59291906103b8565b60405180910390fd5b8160015f85600d8111156101f4576101f4610390565b600d81111561020557610205610390565b815260208101919091526040015f2055505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102ba575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102723390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102bd565b505f5b92915050565b6001600160a01b03811681146102d7575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f6102008486031215610301575f5ffd5b835161030c816102c3565b602085015190935061031d816102c3565b9150605f8401851361032d575f5ffd5b6040516101c081016001600160401b0381118282101715610350576103506102da565b60405280610200860187811115610365575f5ffd5b604087015b8181101561038257805183526020928301920161036a565b505050809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b60408101600e84106103d857634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b608051610db16104085f395f8181610146015281816104f201526107410152610db15ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c806391d14854116100ad578063ccc574901161007d578063d7f56c2511610063578063d7f56c25146102a0578063deb96634146102a8578063edbdabac146102b3575f5ffd5b8063ccc5749014610266578063d547741f1461028d575f5ffd5b806391d148541461020a578063a217fddf1461024d578063bb7875a614610254578063c87df36a1461025e575f5ffd5b80632f2ff15d116100e85780632f2ff15d146101d257806336568abe146101e55780633bf02537146101f857806352b65c4b14610201575f5ffd5b806301ffc9a71461011957806316f0115b14610141578063248a9ca31461018d5780632ab414fc146101bd575b5f5ffd5b61012c610127366004610bcf565b6102c6565b60405190151581526020015b60405180910390f35b6101687f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610138565b6101af61019b366004610c15565b5f9081526020819052604090206001015490565b604051908152602001610138565b6101d06101cb366004610c3f565b61035e565b005b6101d06101e0366004610c67565b6103f7565b6101d06101f3366004610c67565b610421565b6101af60025481565b6101af610e1081565b61012c610218366004610c67565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101af5f81565b6101af62ed4e0081565b6101af61047f565b6101af7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6101d061029b366004610c67565b6104c4565b6101d06104e8565b6101af6303c2670081565b6101af6102c1366004610cad565b61064b565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061035857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b610366610687565b5f60015f84600d81111561037c5761037c610cc6565b600d81111561038d5761038d610cc6565b81526020019081526020015f205490506103a78383610815565b82600d8111156103b9576103b9610cc6565b60408051838152602081018590527f1d608f7b8076bded294fcf4c232101c7f4a403fd66b7b2ffbb92dcf9630e14db910160405180910390a2505050565b5f828152602081905260409020600101546104118161098b565b61041b8383610998565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610470576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61047a8282610a91565b505050565b6002545f90801561049c5761049762ed4e0082610cf3565b6104be565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5b91505090565b5f828152602081905260409020600101546104de8161098b565b61041b8383610a91565b6104f0610687565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663a8174ff56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610559573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057d9190610d2b565b6105b3576040517fbf96762400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600254156105fc576002546040517fc284947a0000000000000000000000000000000000000000000000000000000081526004016105f391815260200190565b60405180910390fd5b4260028190557fbcb6b71543efe3488b35698c9437e3187d7b8ad2d8055856ff1742852b1b09e29061063162ed4e0082610cf3565b6040805192835260208301919091520160405180910390a1565b5f60015f83600d81111561066157610661610cc6565b600d81111561067257610672610cc6565b81526020019081526020015f20549050919050565b6106b07f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561098b565b5f3373ffffffffffffffffffffffffffffffffffffffff1663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610736575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261073391810190610d4a565b60015b1561073e5790505b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166357d775f86040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107a8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107cc9190610d4a565b9050808211610811576040517faa313cfb00000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016105f3565b5050565b5f8083600d81111561082957610829610cc6565b14806108465750600b83600d81111561084457610844610cc6565b145b1561086d57811580159061086657506bffffffffffffffffffffffff8211155b9050610914565b600183600d81111561088157610881610cc6565b148061089e5750600283600d81111561089c5761089c610cc6565b145b156108b957506bffffffffffffffffffffffff811115610914565b600c83600d8111156108cd576108cd610cc6565b14806108ea5750600d83600d8111156108e8576108e8610cc6565b145b156108fb5750612710811115610914565b610e10821015801561091157506303c267008211155b90505b8061094f5782826040517fb2a8f21f0000000000000000000000000000000000000000000000000000000081526004016105f3929190610d61565b8160015f85600d81111561096557610965610cc6565b600d81111561097657610976610cc6565b815260208101919091526040015f2055505050565b6109958133610b4a565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610a8a575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610a283390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610358565b505f610358565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610a8a575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610358565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610811576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016105f3565b5f60208284031215610bdf575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610c0e575f5ffd5b9392505050565b5f60208284031215610c25575f5ffd5b5035919050565b8035600e8110610c3a575f5ffd5b919050565b5f5f60408385031215610c50575f5ffd5b610c5983610c2c565b946020939093013593505050565b5f5f60408385031215610c78575f5ffd5b82359150602083013573ffffffffffffffffffffffffffffffffffffffff81168114610ca2575f5ffd5b809150509250929050565b5f60208284031215610cbd575f5ffd5b610c0e82610c2c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80820180821115610358577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f60208284031215610d3b575f5ffd5b81518015158114610c0e575f5ffd5b5f60208284031215610d5a575f5ffd5b5051919050565b60408101600e8410610d9a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b928152602001529056fea164736f6c634300081c000a' as const;

/** ABI of `ClaimsManager` (src/ClaimsManager.sol). */
export const claimsManagerAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "pool_",
        "type": "address",
        "internalType": "contract IMutualPool"
      },
      {
        "name": "registry_",
        "type": "address",
        "internalType": "contract IWitnessRegistry"
      },
      {
        "name": "randomness_",
        "type": "address",
        "internalType": "contract IRandomnessSource"
      },
      {
        "name": "parameters_",
        "type": "address",
        "internalType": "contract IClaimParameters"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deployer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DIAGNOSIS_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REPORTS_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "WITNESSES",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "approveClaim",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "arbitrate",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "uphold",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attest",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reportHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "approve",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claim",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Claim",
        "components": [
          {
            "name": "claimant",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "state",
            "type": "uint8",
            "internalType": "enum ClaimState"
          },
          {
            "name": "reason",
            "type": "uint8",
            "internalType": "enum ReviewReason"
          },
          {
            "name": "region",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "diagnosedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "filedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "deadline",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "requestedAmount",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "approvedAmount",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "commission",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "stakeLock",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "stakesSettled",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "notary",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nullifier",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "randomnessRequest",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "paymentId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "openReport",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "resumeState",
            "type": "uint8",
            "internalType": "enum ClaimState"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "closeInvestigation",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "confirmFraud",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "slashed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "claimAmount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "declineWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "diagnosisDigest",
    "inputs": [
      {
        "name": "claimant",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "documentClaim",
    "inputs": [
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "drawExclusions",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "drawWitnesses",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "expireClaim",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "fileClaim",
    "inputs": [
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isFullyPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isNotary",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "listed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "markPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "nullifierPaidBy",
    "inputs": [
      {
        "name": "nullifier",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "openClaimOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "openInvestigation",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reportDeadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "resumeState",
        "type": "uint8",
        "internalType": "enum ClaimState"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "parameters",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IClaimParameters"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IMutualPool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "randomnessSource",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IRandomnessSource"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "registry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IWitnessRegistry"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "releaseStakes",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "replaceWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "review",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "approve",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "uint8",
        "internalType": "enum ReviewReason"
      },
      {
        "name": "nullifier",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setNotary",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "listed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "witnessSlots",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple[3]",
        "internalType": "struct WitnessSlot[3]",
        "components": [
          {
            "name": "witness",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum SlotStatus"
          },
          {
            "name": "deadline",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "reportHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "ClaimApproved",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "paymentId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "witnesses",
        "type": "address[3]",
        "indexed": false,
        "internalType": "address[3]"
      },
      {
        "name": "commission",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "nullifier",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimArbitrated",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "upheld",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimFiled",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "notary",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "documentHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reviewDeadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "reportWindowEnds",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimReviewed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ReviewReason"
      },
      {
        "name": "nullifier",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "commission",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "stakeLock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimStateChanged",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "from",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ClaimState"
      },
      {
        "name": "to",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ClaimState"
      },
      {
        "name": "reason",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ReviewReason"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DrawMade",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "count",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DrawRandomnessRequested",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NotaryUpdated",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "listed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessAccepted",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "attestDeadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessAssigned",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "stakeLocked",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "acceptDeadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessAttested",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reportHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessDeclined",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessReplaced",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "slashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessSkipped",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessSlashed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessStakeReleased",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsAmountOutOfRange",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "cap",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDeadlineNotReached",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDeadlinePassed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDiagnosisInFuture",
    "inputs": [
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "nowTime",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDocumentUsed",
    "inputs": [
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidNotarySignature",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimant",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidReason",
    "inputs": [
      {
        "name": "reason",
        "type": "uint8",
        "internalType": "enum ReviewReason"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidRegion",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotCovered",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "coverageStart",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotFullyPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotSlotWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotaryNotListed",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsOpenClaimExists",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsRandomnessNotReady",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsReportsClosed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsRunOff",
    "inputs": [
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "startedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "honourUntil",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsWrongSlot",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsWrongState",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "state",
        "type": "uint8",
        "internalType": "enum ClaimState"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ClaimsZeroNullifier",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  }
] as const;

/** Creation bytecode of `ClaimsManager`. */
export const claimsManagerBytecode = '0x610200604052348015610010575f5ffd5b5060405161674238038061674283398101604081905261002f916103cd565b6040518060400160405280600d81526020016c4c6173686f7520436c61696d7360981b815250604051806040016040528060018152602001603160f81b81525061008360018361029760201b90919060201c565b61012052610092816002610297565b61014052815160208084019190912060e052815190820120610100524660a05261011e60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038716158061014457506001600160a01b038616155b8061015657506001600160a01b038516155b8061016857506001600160a01b038416155b8061017a57506001600160a01b038316155b8061018c57506001600160a01b038216155b156101aa57604051632e90908d60e01b815260040160405180910390fd5b6001600160a01b03808816610160819052878216610180528682166101a0529085166101e05260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa158015610209573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061022d9190610464565b6001600160a01b03166101c0526102445f846102c9565b5061026f7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929836102c9565b506001600160a01b0381161561028b576102895f826102c9565b505b50505050505050610630565b5f6020835110156102b2576102ab83610370565b90506102c3565b816102bd848261051e565b5060ff90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610369575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556103213390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102c3565b505f6102c3565b5f5f829050601f815111156103a3578260405163305a27a960e01b815260040161039a91906105d8565b60405180910390fd5b80516103ae8261060d565b179392505050565b6001600160a01b03811681146103ca575f5ffd5b50565b5f5f5f5f5f5f5f60e0888a0312156103e3575f5ffd5b87516103ee816103b6565b60208901519097506103ff816103b6565b6040890151909650610410816103b6565b6060890151909550610421816103b6565b6080890151909450610432816103b6565b60a0890151909350610443816103b6565b60c0890151909250610454816103b6565b8091505092959891949750929550565b5f60208284031215610474575f5ffd5b815161047f816103b6565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806104ae57607f821691505b6020821081036104cc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561051957805f5260205f20601f840160051c810160208510156104f75750805b601f840160051c820191505b81811015610516575f8155600101610503565b50505b505050565b81516001600160401b0381111561053757610537610486565b61054b81610545845461049a565b846104d2565b6020601f82116001811461057d575f83156105665750848201515b5f19600385901b1c1916600184901b178455610516565b5f84815260208120601f198516915b828110156105ac578785015182556020948501946001909201910161058c565b50848210156105c957868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156104cc575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051615fd26107705f395f818161052601528181610bc301528181611ae50152818161330a015281816133930152613c2601525f818161075d01528181612af60152613ee001525f818161060801528181611f940152613de001525f81816104aa01528181610a1d015281816111f8015281816112ab015281816121f40152818161279e0152818161438d0152818161457301528181614af70152614ba301525f818161036501528181611c2d01528181611d1001528181612b96015281816134a10152818161355101528181613f0201528181613f64015281816147f701526148c401525f61479a01525f61476801525f61506e01525f61504601525f614fa101525f614fcb01525f614ff50152615fd25ff3fe608060405234801561000f575f5ffd5b50600436106102d8575f3560e01c80638903573011610187578063cb77bc6e116100dd578063e564fd2511610093578063f5b541a61161006e578063f5b541a61461071e578063fbc34ee414610745578063fc0c546a14610758575f5ffd5b8063e564fd25146106ca578063e63e35c1146106dd578063f13eed97146106fc575f5ffd5b8063d547741f116100c3578063d547741f1461066f578063dae25b3b14610682578063dbafca7a146106a2575f5ffd5b8063cb77bc6e14610649578063d34650361461065c575f5ffd5b8063a20c336b1161013d578063adfe1cd811610118578063adfe1cd8146105f0578063b7b6717214610603578063b8fb0cca1461062a575f5ffd5b8063a20c336b146105ce578063a217fddf146105d6578063ad207e1e146105dd575f5ffd5b80638f45d5ba1161016d5780638f45d5ba146105515780638f6915cb1461057857806391d1485414610598575f5ffd5b806389035730146105215780638da4d3c914610548575f5ffd5b806336568abe1161023c578063674f858e116101f25780637c0a35f3116101cd5780637c0a35f3146104cc5780638379ab7a146104f357806384b0196e14610506575f5ffd5b8063674f858e1461047257806371b4804f146104925780637b103999146104a5575f5ffd5b80633e25f071116102225780633e25f071146104395780634639b81e1461044c57806346e301351461045f575f5ffd5b806336568abe14610406578063379607f514610419575f5ffd5b806316f0115b11610291578063248a9ca311610277578063248a9ca3146103be5780632697c330146103e05780632f2ff15d146103f3575f5ffd5b806316f0115b146103605780631bcbf18d1461039f575f5ffd5b806310eeb69a116102c157806310eeb69a146103255780631566d4f81461033a57806315d318061461034d575f5ffd5b806301ffc9a7146102dc5780630d80259314610304575b5f5ffd5b6102ef6102ea366004615496565b61077f565b60405190151581526020015b60405180910390f35b6103176103123660046154e9565b610817565b6040519081526020016102fb565b61033861033336600461559c565b610840565b005b6103386103483660046155ca565b610b04565b61033861035b3660046155ca565b610b70565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102fb565b6103176103ad3660046155ca565b60086020525f908152604090205481565b6103176103cc3660046155ca565b5f9081526020819052604090206001015490565b6103386103ee3660046155e1565b610f3f565b610338610401366004615601565b611448565b610338610414366004615601565b611472565b61042c6104273660046155ca565b6114be565b6040516102fb919061567e565b610338610447366004615827565b611753565b61033861045a3660046155ca565b611978565b61033861046d3660046155ca565b611a61565b6104856104803660046155ca565b611e53565b6040516102fb91906158a8565b6103386104a03660046155ca565b611ebc565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b6103177facae9f1f5ac6ae05e7cd0f689e345aa893732665ee0df33d1c3659528675e95481565b6103386105013660046155e1565b612318565b61050e61243c565b6040516102fb97969594939291906158e8565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b610317600b5481565b6103177f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f081565b61058b6105863660046155ca565b61249a565b6040516102fb919061599a565b6102ef6105a6366004615601565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610317600381565b6103175f81565b6103386105eb3660046155ca565b61256d565b6103176105fe366004615a0a565b612640565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b610317610638366004615a3c565b60076020525f908152604090205481565b6102ef6106573660046155ca565b6126b7565b61033861066a3660046155e1565b612724565b61033861067d366004615601565b61288f565b610695610690366004615a57565b6128b3565b6040516102fb9190615a80565b6106b56106b03660046155ca565b612a7a565b604080519283526020830191909152016102fb565b6103386106d8366004615a8e565b612bfe565b6103176106eb3660046155ca565b60096020525f908152604090205481565b6102ef61070a366004615a3c565b600a6020525f908152604090205460ff1681565b6103177f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b610338610753366004615aba565b612cdd565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061081157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f61082788888888888888613127565b61083488888888886136b1565b98975050505050505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961086a816139a9565b6108726139b3565b5f61087e846009613a3b565b60018101549091506108a190859065010000000000900464ffffffffff16613abe565b5f8481526004602052604090208315610974575f5b60038110156109605760048282600381106108d3576108d3615b0b565b6002020154600160a01b900460ff1660048111156108f3576108f3615624565b036109585781816003811061090a5761090a615b0b565b60020201546040805160018152602081018490526001600160a01b039092169188917f3c86ad52f043fbc7af180107a7613af996134ec0c81581cd2df562d1e8ec0c4c910160405180910390a35b6001016108b6565b5061096d8583600a613b02565b5050610af7565b5f61097f6004613bf4565b6109899042615b65565b90505f5b6003811015610acf575f8382600381106109a9576109a9615b0b565b60020201905060048154600160a01b900460ff1660048111156109ce576109ce615624565b146109d95750610ac7565b80546040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201819052602482018b9052917f00000000000000000000000000000000000000000000000000000000000000001690637eee288d906044015f604051808303815f87803b158015610a5e575f5ffd5b505af1158015610a70573d5f5f3e3d5ffd5b50505050610a7e8285613c9a565b604080515f8152602081018590526001600160a01b038316918b917f3c86ad52f043fbc7af180107a7613af996134ec0c81581cd2df562d1e8ec0c4c910160405180910390a350505b60010161098d565b50610ade868460035f5f613d1e565b82600701545f03610af357610af38684613ddd565b5050505b610aff613e9a565b505050565b7f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f0610b2e816139a9565b5f610b3a83600a613a3b565b5f60098201819055600a8201546001830154929350610aff928692859260ff169165010000000000900464ffffffffff16613d1e565b610b786139b3565b5f818152600360209081526040808320805482517fc87df36a00000000000000000000000000000000000000000000000000000000815292519194600160a01b90910460ff169390927f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169263c87df36a926004808401939192918290030181865afa158015610c12573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c369190615b78565b4210159050808015610cc85750600182600b811115610c5757610c57615624565b1480610c745750600282600b811115610c7257610c72615624565b145b80610c905750600382600b811115610c8e57610c8e615624565b145b80610cac5750600982600b811115610caa57610caa615624565b145b80610cc85750600582600b811115610cc657610cc6615624565b145b15610ce157610cd98484600d613b02565b505050610f34565b600182600b811115610cf557610cf5615624565b1480610d125750600982600b811115610d1057610d10615624565b145b15610db357600183015465010000000000900464ffffffffff164211610d875760018301546040517fe8030acb000000000000000000000000000000000000000000000000000000008152600481018690526501000000000090910464ffffffffff1660248201526044015b60405180910390fd5b610cd98484600185600b811115610da057610da0615624565b14610dac57600b613b02565b6008613b02565b600282600b811115610dc757610dc7615624565b1480610de45750600382600b811115610de257610de2615624565b145b15610efe575f848152600460205260408120905f19905b6003811015610e87575f838260038110610e1757610e17615b0b565b6002020154600160a01b900460ff166004811115610e3757610e37615624565b03610e7f57610e7c82848360038110610e5257610e52615b0b565b60020201547501000000000000000000000000000000000000000000900464ffffffffff16613ec4565b91505b600101610dfb565b505f19811480610e975750804211155b15610ee857855f198214610eab5781610ead565b5f5b6040517fe8030acb00000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610d7e565b610ef486866009613b02565b5050505050610f34565b83826040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615b8f565b610f3c613e9a565b50565b610f476139b3565b5f82815260036020819052604090912080549091600160a01b90910460ff169081600b811115610f7957610f79615624565b14158015610f995750600981600b811115610f9657610f96615624565b14155b15610fd45783816040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615b8f565b60038310611018576040517f3f7f7e010000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604401610d7e565b5f848152600460205260408120846003811061103657611036615b0b565b600202018054909150600160a01b900460ff16600181600481111561105d5761105d615624565b1415801561107d5750600281600481111561107a5761107a615624565b14155b156110be576040517f3f7f7e010000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610d7e565b81547501000000000000000000000000000000000000000000900464ffffffffff1642116111435781546040517fe8030acb00000000000000000000000000000000000000000000000000000000815260048101889052750100000000000000000000000000000000000000000090910464ffffffffff166024820152604401610d7e565b81546001600160a01b03165f61271061115c600d613bf4565b600388015461117991906bffffffffffffffffffffffff16615ba3565b6111839190615bba565b90505f8115611267576040517fa22233410000000000000000000000000000000000000000000000000000000081526001600160a01b038481166004830152602482018b9052604482018490527f4e4f5f53484f570000000000000000000000000000000000000000000000000060648301527f0000000000000000000000000000000000000000000000000000000000000000169063a2223341906084016020604051808303815f875af115801561123e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112629190615b78565b611269565b5f5b6040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b038581166004830152602482018c90529192507f000000000000000000000000000000000000000000000000000000000000000090911690637eee288d906044015f604051808303815f87803b1580156112ee575f5ffd5b505af1158015611300573d5f5f3e3d5ffd5b50505050611321856113126004613bf4565b61131c9042615b65565b613c9a565b80156113bc57826001600160a01b0316897ff83e9f1344663aedfb45fbe8da2682a0980a36b2c3ef47700f069ebae29f14fd836040516113899181527f4e4f5f53484f5700000000000000000000000000000000000000000000000000602082015260400190565b60405180910390a36113bc817f4e4f5f53484f57000000000000000000000000000000000000000000000000008b613ed3565b604080518281523360208201526001600160a01b038516918a918c917fc3a02eb07eb0c20cdd53b924b3d50a3d97f8f2cddbc46c86aec5f475feae4e67910160405180910390a4600386600b81111561141757611417615624565b14801561142657506007870154155b15611435576114358988613ddd565b50505050505050611444613e9a565b5050565b5f82815260208190526040902060010154611462816139a9565b61146c8383613fbf565b50505050565b6001600160a01b03811633146114b4576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610aff8282614084565b61155a6040805161026081019091525f808252602082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e082018190526102009091015290565b5f828152600360209081526040918290208251610260810190935280546001600160a01b03811684529091830190600160a01b900460ff16600b8111156115a3576115a3615624565b600b8111156115b4576115b4615624565b815281546020909101907501000000000000000000000000000000000000000000900460ff16600d8111156115eb576115eb615624565b600d8111156115fc576115fc615624565b8152815461ffff760100000000000000000000000000000000000000000000820416602083015264ffffffffff7801000000000000000000000000000000000000000000000000909104811660408301526001830154808216606084015265010000000000810490911660808301526bffffffffffffffffffffffff6a0100000000000000000000909104811660a0830152600283015480821660c08401526c0100000000000000000000000090819004821660e0840152600384015491821661010084015260ff910481161515610120830152600483015461014083015260058301546001600160a01b0316610160830152600683015461018083015260078301546101a083015260088301546101c083015260098301546101e0830152600a8301546102009092019116600b81111561173957611739615624565b600b81111561174a5761174a615624565b90525092915050565b5f61176085856002614123565b80549091506117909086907501000000000000000000000000000000000000000000900464ffffffffff16613abe565b826117c7576040517f2e90908d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b816117d35760046117d6565b60035b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b83600481111561181357611813615624565b021790555080547fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff168155600181018390556040805184815283151560208201523391869188917f7dedbec630fc6be42c167629a9053983ff6f761f65f7a09b8f6af4dc97d4e423910160405180910390a45f858152600360208190526040909120908154600160a01b900460ff16600b8111156118b3576118b3615624565b146118bf57505061146c565b826118ec576118e5868260095f6118d66007613bf4565b6118e09042615b65565b613d1e565b505061146c565b5f868152600460205260408120905b600381101561194e57600382826003811061191857611918615b0b565b6002020154600160a01b900460ff16600481111561193857611938615624565b14611946575050505061146c565b6001016118fb565b5061195d878360045f5f613d1e565b61196f878360055f6118d66008613bf4565b50505050505050565b6119806139b3565b5f61198c826007613a3b565b600181015490915065010000000000900464ffffffffff1642116119fa5760018101546040517fe8030acb000000000000000000000000000000000000000000000000000000008152600481018490526501000000000090910464ffffffffff166024820152604401610d7e565b60038101546c01000000000000000000000000900460ff1615611a4e578160076040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615b8f565b611a5882826142a9565b50610f3c613e9a565b611a696139b3565b5f611a75826005613a3b565b600181015490915065010000000000900464ffffffffff164211611ae35760018101546040517fe8030acb000000000000000000000000000000000000000000000000000000008152600481018490526501000000000090910464ffffffffff166024820152604401610d7e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c87df36a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b3f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b639190615b78565b4210611b7b57611b758282600d613b02565b50610f34565b60068101545f8181526008602052604090205415611ba657611b9f83836004613b02565b5050610f34565b5f818152600860205260408082208590558354600285015491517f7aa5230e000000000000000000000000000000000000000000000000000000008152600481018790526001600160a01b03918216602482018190526bffffffffffffffffffffffff80851660448401819052919591946c010000000000000000000000009004169290917f000000000000000000000000000000000000000000000000000000000000000090911690637aa5230e906064016020604051808303815f875af1158015611c75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c999190615b78565b600887018190555f888152600460205260409020909150611cb8615434565b5f5b6003811015611deb57828160038110611cd557611cd5615b0b565b60020201546001600160a01b0316828260038110611cf557611cf5615b0b565b6001600160a01b0390921660209290920201528415611de3577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637aa5230e8b848460038110611d5057611d50615b0b565b60200201516040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815260048101929092526001600160a01b03166024820152604481018890526064016020604051808303815f875af1158015611dbd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611de19190615b78565b505b600101611cba565b50611dfa898960065f5f613d1e565b86866001600160a01b03168a7f296f0cbd7e56ddc14da0db1fdfec6f4c2ec87e85eea346e64e0492c66de03d708887868a604051611e3b9493929190615bf2565b60405180910390a45050505050505050610f3c613e9a565b5f81815260056020908152604091829020805483518184028101840190945280845260609392830182828015611eb057602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611e92575b50505050509050919050565b611ec46139b3565b5f8181526003602052604090208054600160a01b900460ff16600281600b811115611ef157611ef1615624565b14158015611f115750600381600b811115611f0e57611f0e615624565b14155b15611f4c5782816040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615b8f565b60078201545f819003611f8f5783826040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615b8f565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631b1d5b27856040518263ffffffff1660e01b8152600401611fe091815260200190565b606060405180830381865afa158015611ffb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061201f9190615c41565b92509250925082612080578161206b576040517f903eea4d0000000000000000000000000000000000000000000000000000000081526004810188905260248101859052604401610d7e565b6120758787613ddd565b505050505050610f34565b5f6007870181905587815260046020526040812090805b60038110156120ec575f8382600381106120b3576120b3615b0b565b6002020154600160a01b900460ff1660048111156120d3576120d3615624565b036120e4576120e182615c82565b91505b600101612097565b505f898152600660205260408120805485918c91849061210b90615c82565b9182905550604080516020810194909452830191909152606082015260800160408051601f1981840301815282825280516020918201205f8e8152600583528381208054808502870185019095528486529195509392909183018282801561219a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161217c575b50505050509050878b7f03275abae60f416383a29a643486df61a5e707fe6237bb5657ec2ca157d9c54c848d5f0160169054906101000a900461ffff1685886040516121e99493929190615c9a565b60405180910390a35f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c7bb36278d858e5f0160169054906101000a900461ffff1686896040518663ffffffff1660e01b8152600401612257959493929190615ccd565b5f604051808303815f875af1158015612272573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526122999190810190615d65565b60038c01549091505f906122bd908e906bffffffffffffffffffffffff1684614425565b905060028b600b8111156122d3576122d3615624565b1480156122df57508015155b156122f2576122f28d8d60035f5f613d1e565b84811015612304576123048d8d613ddd565b505050505050505050505050610f3c613e9a565b5f61232583836001614123565b80549091506123559084907501000000000000000000000000000000000000000000900464ffffffffff16613abe565b5f6123606006613bf4565b61236a9042615b65565b82547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017835590506123b281614713565b825464ffffffffff919091167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff9091161782556040518181523390849086907fbfdd68048bb1c44abb5d97f368a22ad14db0d0eb26ed5650a1f5c639488990cb9060200160405180910390a450505050565b5f6060805f5f5f606061244d614761565b612455614793565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6124a2615452565b5f828152600460205260408082208151606081019092529091600390835b8282101561256257604080516080810190915260028302850180546001600160a01b03811683526020830190600160a01b900460ff16600481111561250757612507615624565b600481111561251857612518615624565b815281547501000000000000000000000000000000000000000000900464ffffffffff166020808301919091526001928301546040909201919091529183529290920191016124c0565b505050509050919050565b5f612579826006613a3b565b9050612584816147c0565b6125bd576040517fd1ff4e7200000000000000000000000000000000000000000000000000000000815260048101839052602401610d7e565b5f6125c8600a613bf4565b6125d29042615b65565b82546001600160a01b03165f908152600760208190526040822082905591925061260191859185919085613d1e565b827fb0727183796e52c5bb00a257c1eb36d8e94dbee5d6d87e259287e3372ae39ace8260405161263391815260200190565b60405180910390a2505050565b604080517facae9f1f5ac6ae05e7cd0f689e345aa893732665ee0df33d1c3659528675e95460208201526001600160a01b0385169181019190915260608101839052608081018290525f906126ad9060a0016040516020818303038152906040528051906020012061498b565b90505b9392505050565b5f81815260036020526040812060068154600160a01b900460ff16600b8111156126e3576126e3615624565b1415801561270e575060078154600160a01b900460ff16600b81111561270b5761270b615624565b14155b1561271b57505f92915050565b6126b0816147c0565b61272c6139b3565b5f61273983836001614123565b80549091506127699084907501000000000000000000000000000000000000000000900464ffffffffff16613abe565b6040517f7eee288d000000000000000000000000000000000000000000000000000000008152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637eee288d906044015f604051808303815f87803b1580156127e7575f5ffd5b505af11580156127f9573d5f5f3e3d5ffd5b5050505061280b816113126004613bf4565b6040513390839085907f7f88374b69d504c002ca9fd366ff06114e14a03a9971ee080724d2f1195eaa40905f90a45f838152600360208190526040909120908154600160a01b900460ff16600b81111561286757612867615624565b14801561287657506007810154155b15612885576128858482613ddd565b5050611444613e9a565b5f828152602081905260409020600101546128a9816139a9565b61146c8383614084565b5f7f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f06128de816139a9565b5f8581526003602052604081208054600160a01b900460ff16935090600584600b81111561290e5761290e615624565b148061294b5750600784600b81111561292957612929615624565b14801561294b575060038201546c01000000000000000000000000900460ff16155b801561296b5750600182015465010000000000900464ffffffffff164211155b9050806129a7576040517f7fd464e600000000000000000000000000000000000000000000000000000000815260048101889052602401610d7e565b600a820180548591907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600183600b8111156129e6576129e6615624565b02179055506009820186905581547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740a000000000000000000000000000000000000000017825560405187907fa4cc70bbaecc37c5c484c7028756aad9cebe258c6f9e683888477c0487c3d65790612a68908790600a905f908b90615e19565b60405180910390a25050509392505050565b5f5f7f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f0612aa6816139a9565b612aae6139b3565b5f612aba85600a613a3b565b5f600982015560028101546bffffffffffffffffffffffff1693509050612ae185826149d2565b93508315612b1d57612b1d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163386614c88565b6005600a82015460ff16600b811115612b3857612b38615624565b03612b4e57612b498582600c613b02565b612b5c565b612b5c8582600b5f5f613d1e565b80546040517fdbb7c64e0000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063dbb7c64e906024015f604051808303815f87803b158015612bd9575f5ffd5b505af1158015612beb573d5f5f3e3d5ffd5b5050505050612bf8613e9a565b50915091565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929612c28816139a9565b6001600160a01b038316612c68576040517f2e90908d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f818152600a602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527fc03dd6b2f2e24956831b3c13a7ae1463e9ba1e5cc4a81c01c71b0de6834ab2599101612633565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929612d07816139a9565b612d0f6139b3565b5f612d1b876001613a3b565b6001810154909150612d3e90889065010000000000900464ffffffffff16613abe565b6006810183905585612e0657600184600d811115612d5e57612d5e615624565b1080612d7b5750600784600d811115612d7957612d79615624565b115b15612db457836040517f9c0fd5dc000000000000000000000000000000000000000000000000000000008152600401610d7e9190615e4f565b82877f1a9cd5622de20e50dd29fd8fef6c00b41de3de981c8377be227d8b432baff3775f5f885f5f604051612ded959493929190615e62565b60405180910390a3612e00878286613b02565b50613117565b5f84600d811115612e1957612e19615624565b14612e5257836040517f9c0fd5dc000000000000000000000000000000000000000000000000000000008152600401610d7e9190615e4f565b82612e89576040517f13e5782800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b841580612eb5575060018101546a010000000000000000000090046bffffffffffffffffffffffff1685115b15612f165760018101546040517f7b69aece000000000000000000000000000000000000000000000000000000008152600481018790526a01000000000000000000009091046bffffffffffffffffffffffff166024820152604401610d7e565b5f8381526008602052604090205415612f775782877f1a9cd5622de20e50dd29fd8fef6c00b41de3de981c8377be227d8b432baff3775f5f60045f5f604051612f63959493929190615e62565b60405180910390a3612e0087826004613b02565b5f612f826001613bf4565b90505f612f8f6002613bf4565b6002840180546bffffffffffffffffffffffff8a81167fffffffffffffffff000000000000000000000000000000000000000000000000909216919091176c0100000000000000000000000086831602179091556003850180547fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001691831691909117905560405190915085908a907f1a9cd5622de20e50dd29fd8fef6c00b41de3de981c8377be227d8b432baff37790613054906001908c905f9089908990615e62565b60405180910390a35f6130676004613bf4565b6130719042615b65565b5f8b81526004602052604081209192505b60038110156130f8578282826003811061309e5761309e615b0b565b60020201805464ffffffffff929092167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff909216919091179055600101613082565b506131078b8660025f86613d1e565b6131118b86613ddd565b50505050505b61311f613e9a565b505050505050565b831580613135575061ffff84115b1561316f576040517f2e2d91f000000000000000000000000000000000000000000000000000000000815260048101859052602401610d7e565b6001600160a01b0383165f908152600a602052604090205460ff166131cb576040517f4cc828570000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610d7e565b4286111561320e576040517fa0d60a2200000000000000000000000000000000000000000000000000000000815260048101879052426024820152604401610d7e565b5f6132185f613bf4565b905085158061322657508086115b15613267576040517f7b69aece0000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610d7e565b335f9081526007602052604090205480156132b7576040517f0252dce400000000000000000000000000000000000000000000000000000000815233600482015260248101829052604401610d7e565b5f898152600960205260409020548015613307576040517f94b97268000000000000000000000000000000000000000000000000000000008152600481018b905260248101829052604401610d7e565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633bf025376040518163ffffffff1660e01b8152600401602060405180830381865afa158015613364573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906133889190615b78565b9050801561346c575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c87df36a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156133ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134119190615b78565b9050818b1015806134225750804210155b1561346a576040517f7852c900000000000000000000000000000000000000000000000000000000008152600481018c90526024810183905260448101829052606401610d7e565b505b6040517f1e3f71a7000000000000000000000000000000000000000000000000000000008152336004820152602481018b90527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631e3f71a790604401602060405180830381865afa1580156134ee573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135129190615e97565b613605576040517f196d78f20000000000000000000000000000000000000000000000000000000081523360048201819052908b906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063196d78f290602401602060405180830381865afa158015613596573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135ba9190615b78565b6040517fd0a8382d0000000000000000000000000000000000000000000000000000000081526001600160a01b03909316600484015260248301919091526044820152606401610d7e565b61364f87613614338e8e612640565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250614cfc92505050565b6136a4576040517f81c65f6b0000000000000000000000000000000000000000000000000000000081526001600160a01b0388166004820152336024820152604481018c9052606481018b9052608401610d7e565b5050505050505050505050565b5f600b5f81546136c090615c82565b918290555090505f6136d26003613bf4565b6136dc9042615b65565b5f8381526003602052604090208054337fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167fffffffffffffffffffffff00000000000000000000000000000000000000000090911617600160a01b177fffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000061ffff88160217815590915061378887614713565b81547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000064ffffffffff928316021782556001820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000164290921691909117905561380e82614713565b8160010160056101000a81548164ffffffffff021916908364ffffffffff16021790555061383b86614d6c565b600182810180546bffffffffffffffffffffffff939093166a0100000000000000000000027fffffffffffffffffffff000000000000000000000000ffffffffffffffffffff9093169290921790915560048201899055600580830180546001600160a01b0388167fffffffffffffffffffffffff00000000000000000000000000000000000000009182168117909255335f8181526007602090815260408083208b90558f8352600982528083208b90558a8352958152858220805497880181558252908190209095018054909216811790915582518c81529384018b905291830189905260608301889052608083018590529185907fb032ce59b6b932b31a28b07b68c2ac9e116899a0ab557b04efe745f5f142e3959060a00160405180910390a4827fa4cc70bbaecc37c5c484c7028756aad9cebe258c6f9e683888477c0487c3d6575f60015f866040516139969493929190615e19565b60405180910390a2505095945050505050565b610f3c8133614dbd565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15613a0c576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613a3960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614e28565b565b5f82815260036020526040902081600b811115613a5a57613a5a615624565b8154600160a01b900460ff16600b811115613a7757613a77615624565b146108115780546040517f19aa67d5000000000000000000000000000000000000000000000000000000008152610d7e918591600160a01b90910460ff1690600401615b8f565b80421115611444576040517fec8e74cf0000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610d7e565b60038201546c01000000000000000000000000900460ff16613b2857613b2883836142a9565b8154819083907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000083600d811115613b7957613b79615624565b02179055505f600780840182905583546001600160a01b031682526020526040812055600881600d811115613bb057613bb0615624565b1480613bcd5750600981600d811115613bcb57613bcb615624565b145b15613be65760048201545f908152600960205260408120555b610aff83836008845f613d1e565b6040517fedbdabac0000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063edbdabac90613c5b908590600401615e4f565b602060405180830381865afa158015613c76573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108119190615b78565b81547fffffffffffffffffffffff0000000000000000000000000000000000000000001682555f6001830155613ccf81614713565b825464ffffffffff919091167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff9091161790915550565b8354600160a01b80820460ff1691859187917fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff169083600b811115613d6557613d65615624565b0217905550613d7382614713565b8560010160056101000a81548164ffffffffff021916908364ffffffffff160217905550857fa4cc70bbaecc37c5c484c7028756aad9cebe258c6f9e683888477c0487c3d65782868686604051613dcd9493929190615e19565b60405180910390a2505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f8413b076040518163ffffffff1660e01b81526004016020604051808303815f875af1158015613e3b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613e5f9190615b78565b60078301819055604051909150819084907fc0d1aaaf154c68a50928bdcd66e2d6aec34603e0bae1a9ab99aaa662ed9dd9b2905f90a3505050565b613a395f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00613a33565b5f8282188284100282186126b0565b613f276001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000085614e2f565b6040517f3958de760000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633958de76906064015f604051808303815f87803b158015613fad575f5ffd5b505af115801561196f573d5f5f3e3d5ffd5b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661407d575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556140353390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610811565b505f610811565b5f828152602081815260408083206001600160a01b038516845290915281205460ff161561407d575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610811565b5f838152600360208190526040822054600160a01b900460ff169081600b81111561415057614150615624565b141580156141705750600981600b81111561416d5761416d615624565b14155b156141ab5784816040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615b8f565b600384106141ef576040517f3f7f7e010000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610d7e565b5f858152600460205260409020846003811061420d5761420d615b0b565b6002020180549092506001600160a01b03163314158061425a575082600481111561423a5761423a615624565b8254600160a01b900460ff16600481111561425757614257615624565b14155b156142a1576040517f53c547a20000000000000000000000000000000000000000000000000000000081526004810186905260248101859052336044820152606401610d7e565b509392505050565b6003810180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff166c010000000000000000000000001790555f828152600460205260408120905b600381101561146c575f82826003811061430d5761430d615b0b565b6002020154600160a01b900460ff16600481111561432d5761432d615624565b1461441d575f82826003811061434557614345615b0b565b60020201546040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b03918216600482018190526024820188905292507f000000000000000000000000000000000000000000000000000000000000000090911690637eee288d906044015f604051808303815f87803b1580156143d0575f5ffd5b505af11580156143e2573d5f5f3e3d5ffd5b50506040516001600160a01b03841692508791507fb39a9b1f9fd044718db59ec0556e17f6d0482dfa716f94d5b29da7d8754f4406905f90a3505b6001016142f1565b5f8381526004602090815260408083206005928390529083209091839061444b90613bf4565b6144559042615b65565b90505f5f5b8651811015614707575f87828151811061447657614476615b0b565b60209081029190910181015186546001810188555f8881529290922090910180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03831617905590505b60038310801561450a57505f8684600381106144e7576144e7615b0b565b6002020154600160a01b900460ff16600481111561450757614507615624565b14155b1561451f5761451883615c82565b92506144c9565b6003830361452d5750614707565b6040517fe2ab691d0000000000000000000000000000000000000000000000000000000081526001600160a01b038281166004830152602482018c9052604482018b90527f0000000000000000000000000000000000000000000000000000000000000000169063e2ab691d906064015f604051808303815f87803b1580156145b4575f5ffd5b505af19250505080156145c5575060015b614603576040516001600160a01b038216908b907f152c8bbda0d01329915c73b8be51f486919aefcf171a51ca7f12f820ba47c815905f90a36146fe565b5f86846003811061461657614616615b0b565b600202018054600160a01b7fffffffffffffffffffffff0000000000000000000000000000000000000000009091166001600160a01b03851617178155905061465e85614713565b815464ffffffffff919091167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff909116178155604080518b8152602081018790526001600160a01b0384169186918e917f3c204674dd2ed33c95e1dcbffcf60eee43759bafcc2a14307b264fe5dc04f6ae910160405180910390a46146fa88615c82565b9750505b5060010161445a565b50505050509392505050565b5f64ffffffffff82111561475d576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526028600482015260248101839052604401610d7e565b5090565b606061478e7f00000000000000000000000000000000000000000000000000000000000000006001614eec565b905090565b606061478e7f00000000000000000000000000000000000000000000000000000000000000006002614eec565b60088101546040517f8b3c99e3000000000000000000000000000000000000000000000000000000008152600481018290525f91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638b3c99e390602401608060405180830381865afa158015614844573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906148689190615eb2565b604001516bffffffffffffffffffffffff161561488757505f92915050565b60028301546c0100000000000000000000000090046bffffffffffffffffffffffff16156149825760015b60038111614980576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638b3c99e36148f38385615b65565b6040518263ffffffff1660e01b815260040161491191815260200190565b608060405180830381865afa15801561492c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906149509190615eb2565b604001516bffffffffffffffffffffffff161561497057505f9392505050565b61497981615c82565b90506148b2565b505b50600192915050565b5f610811614997614f95565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6003810180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff81166c01000000000000000000000000179091555f83815260046020526040812090916bffffffffffffffffffffffff16825b6003811015614c7f575f838260038110614a4857614a48615b0b565b6002020154600160a01b900460ff166004811115614a6857614a68615624565b14614c77575f838260038110614a8057614a80615b0b565b60020201546040517fa22233410000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201819052602482018a9052604482018690527f4652415544000000000000000000000000000000000000000000000000000000606483015292505f917f0000000000000000000000000000000000000000000000000000000000000000169063a2223341906084016020604051808303815f875af1158015614b3d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614b619190615b78565b6040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b038481166004830152602482018b90529192507f000000000000000000000000000000000000000000000000000000000000000090911690637eee288d906044015f604051808303815f87803b158015614be6575f5ffd5b505af1158015614bf8573d5f5f3e3d5ffd5b505050508086614c089190615b65565b9550816001600160a01b0316887ff83e9f1344663aedfb45fbe8da2682a0980a36b2c3ef47700f069ebae29f14fd83604051614c6c9181527f4652415544000000000000000000000000000000000000000000000000000000602082015260400190565b60405180910390a350505b600101614a2c565b50505092915050565b6040516001600160a01b03838116602483015260448201839052610aff91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506150be565b5f836001600160a01b03163b5f03614d5a575f5f614d1a8585615143565b5090925090505f816003811115614d3357614d33615624565b148015614d515750856001600160a01b0316826001600160a01b0316145b925050506126b0565b614d6584848461518c565b90506126b0565b5f6bffffffffffffffffffffffff82111561475d576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610d7e565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611444576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610d7e565b80825d5050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f095ea7b300000000000000000000000000000000000000000000000000000000179052614eae84826152aa565b61146c576040516001600160a01b0384811660248301525f6044830152614ee291869182169063095ea7b390606401614cb5565b61146c84826150be565b606060ff8314614f0657614eff836152ef565b9050610811565b818054614f1290615f46565b80601f0160208091040260200160405190810160405280929190818152602001828054614f3e90615f46565b8015614f895780601f10614f6057610100808354040283529160200191614f89565b820191905f5260205f20905b815481529060010190602001808311614f6c57829003601f168201915b50505050509050610811565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015614fed57507f000000000000000000000000000000000000000000000000000000000000000046145b1561501757507f000000000000000000000000000000000000000000000000000000000000000090565b61478e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f60205f8451602086015f885af1806150dd576040513d5f823e3d81fd5b50505f513d915081156150f4578060011415615101565b6001600160a01b0384163b155b1561146c576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610d7e565b5f5f5f835160410361517a576020840151604085015160608601515f1a61516c8882858561532c565b955095509550505050615185565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b031685856040516024016151ac929190615f97565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f1626ba7e000000000000000000000000000000000000000000000000000000001790525161520f9190615faf565b5f60405180830381855afa9150503d805f8114615247576040519150601f19603f3d011682016040523d82523d5f602084013e61524c565b606091505b509150915081801561526057506020815110155b80156152a0575080517f1626ba7e000000000000000000000000000000000000000000000000000000009061529e9083016020908101908401615b78565b145b9695505050505050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156152a0575081156152db57806001146152a0565b50505050506001600160a01b03163b151590565b60605f6152fb836153f4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561536557505f915060039050826153ea565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156153b6573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166153e157505f9250600191508290506153ea565b92505f91508190505b9450945094915050565b5f60ff8216601f811115610811576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405180606001604052806003906020820280368337509192915050565b60405180606001604052806003905b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816154615790505090565b5f602082840312156154a6575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146126b0575f5ffd5b6001600160a01b0381168114610f3c575f5ffd5b5f5f5f5f5f5f5f60c0888a0312156154ff575f5ffd5b873596506020880135955060408801359450606088013593506080880135615526816154d5565b925060a088013567ffffffffffffffff811115615541575f5ffd5b8801601f81018a13615551575f5ffd5b803567ffffffffffffffff811115615567575f5ffd5b8a6020828401011115615578575f5ffd5b602082019350809250505092959891949750929550565b8015158114610f3c575f5ffd5b5f5f604083850312156155ad575f5ffd5b8235915060208301356155bf8161558f565b809150509250929050565b5f602082840312156155da575f5ffd5b5035919050565b5f5f604083850312156155f2575f5ffd5b50508035926020909101359150565b5f5f60408385031215615612575f5ffd5b8235915060208301356155bf816154d5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600c811061566157615661615624565b9052565b600e8110610f3c57610f3c615624565b61566181615665565b81516001600160a01b03168152610260810160208301516156a26020840182615651565b5060408301516156b56040840182615675565b5060608301516156cb606084018261ffff169052565b5060808301516156e4608084018264ffffffffff169052565b5060a08301516156fd60a084018264ffffffffff169052565b5060c083015161571660c084018264ffffffffff169052565b5060e083015161573660e08401826bffffffffffffffffffffffff169052565b506101008301516157586101008401826bffffffffffffffffffffffff169052565b5061012083015161577a6101208401826bffffffffffffffffffffffff169052565b5061014083015161579c6101408401826bffffffffffffffffffffffff169052565b506101608301516157b261016084018215159052565b506101808301516101808301526101a08301516157db6101a08401826001600160a01b03169052565b506101c08301516101c08301526101e08301516101e0830152610200830151610200830152610220830151610220830152610240830151615820610240840182615651565b5092915050565b5f5f5f5f6080858703121561583a575f5ffd5b843593506020850135925060408501359150606085013561585a8161558f565b939692955090935050565b5f8151808452602084019350602083015f5b8281101561589e5781516001600160a01b0316865260209586019590910190600101615877565b5093949350505050565b602081525f6126b06020830184615865565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61592260e08301896158ba565b828103604084015261593481896158ba565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561598957835183526020938401939092019160010161596b565b50909b9a5050505050505050505050565b610180810181835f5b6003811015614c7f5781516001600160a01b0381511684526020810151600581106159d0576159d0615624565b8060208601525064ffffffffff604082015116604085015260608101516060850152506080830192506020820191506001810190506159a3565b5f5f5f60608486031215615a1c575f5ffd5b8335615a27816154d5565b95602085013595506040909401359392505050565b5f60208284031215615a4c575f5ffd5b81356126b0816154d5565b5f5f5f60608486031215615a69575f5ffd5b505081359360208301359350604090920135919050565b602081016108118284615651565b5f5f60408385031215615a9f575f5ffd5b8235615aaa816154d5565b915060208301356155bf8161558f565b5f5f5f5f5f60a08688031215615ace575f5ffd5b853594506020860135615ae08161558f565b9350604086013592506060860135600e8110615afa575f5ffd5b949793965091946080013592915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561081157610811615b38565b5f60208284031215615b88575f5ffd5b5051919050565b828152604081016126b06020830184615651565b808202811582820484141761081157610811615b38565b5f82615bed577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8481526020810184905260c0810160408201845f5b6003811015615c2f5781516001600160a01b0316835260209283019290910190600101615c07565b5050508260a083015295945050505050565b5f5f5f60608486031215615c53575f5ffd5b8351615c5e8161558f565b6020850151909350615c6f8161558f565b6040949094015192959394509192915050565b5f5f198203615c9357615c93615b38565b5060010190565b84815261ffff84166020820152608060408201525f615cbc6080830185615865565b905082606083015295945050505050565b85815284602082015261ffff8416604082015260a060608201525f615cf560a0830185615865565b90508260808301529695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715615d5d57615d5d615d07565b604052919050565b5f60208284031215615d75575f5ffd5b815167ffffffffffffffff811115615d8b575f5ffd5b8201601f81018413615d9b575f5ffd5b805167ffffffffffffffff811115615db557615db5615d07565b8060051b615dc560208201615d34565b91825260208184018101929081019087841115615de0575f5ffd5b6020850194505b83851015615e0e5784519250615dfc836154d5565b82825260209485019490910190615de7565b979650505050505050565b60808101615e278287615651565b615e346020830186615651565b615e3d84615665565b60408201939093526060015292915050565b60208101615e5c83615665565b91905290565b85151581526020810185905260a08101615e7b85615665565b8460408301528360608301528260808301529695505050505050565b5f60208284031215615ea7575f5ffd5b81516126b08161558f565b5f6080828403128015615ec3575f5ffd5b506040516080810167ffffffffffffffff81118282101715615ee757615ee7615d07565b604052825181526020830151615efc816154d5565b602082015260408301516bffffffffffffffffffffffff81168114615f1f575f5ffd5b6040820152606083015163ffffffff81168114615f3a575f5ffd5b60608201529392505050565b600181811c90821680615f5a57607f821691505b602082108103615f91577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b828152604060208201525f6126ad60408301846158ba565b5f82518060208501845e5f92019182525091905056fea164736f6c634300081c000a' as const;

/** ABI of `FraudReports` (src/FraudReports.sol). */
export const fraudReportsAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "claims_",
        "type": "address",
        "internalType": "contract IClaimsManager"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bondsHeld",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimRefund",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claims",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IClaimsManager"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "expireReport",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operatorFees",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "parameters",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IClaimParameters"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IMutualPool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "recordRecovery",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "report",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct FraudReport",
        "components": [
          {
            "name": "claimId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "reporter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "bond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "deadline",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "outcome",
            "type": "uint8",
            "internalType": "enum ReportOutcome"
          },
          {
            "name": "resumeState",
            "type": "uint8",
            "internalType": "enum ClaimState"
          },
          {
            "name": "evidenceHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reportCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reportFraud",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "evidenceHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "resolveReport",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "confirmed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unclaimedRefundOf",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unclaimedRefunds",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawOperatorFees",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "FraudReported",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bond",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "evidenceHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OperatorFeesWithdrawn",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecoveryRecorded",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RefundClaimed",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ReportResolved",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "outcome",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ReportOutcome"
      },
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bondReturned",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "slashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "creditedToMembers",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ReporterPaymentDeferred",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReportsDeadlineNotReached",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsDeadlinePassed",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsInsufficientFees",
    "inputs": [
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsNotFraudConfirmed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsNotOpen",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "outcome",
        "type": "uint8",
        "internalType": "enum ReportOutcome"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsTransferAmountMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

/** Creation bytecode of `FraudReports`. */
export const fraudReportsBytecode = '0x610100604052348015610010575f5ffd5b50604051612a11380380612a1183398101604081905261002f916102d6565b6001600160a01b038316158061004c57506001600160a01b038216155b8061005e57506001600160a01b038116155b1561007c57604051632ad7fbf160e21b815260040160405180910390fd5b6001600160a01b038316608081905260408051630890357360e41b815290516389035730916004808201926020929091908290030181865afa1580156100c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e89190610320565b6001600160a01b031660a0816001600160a01b031681525050826001600160a01b03166316f0115b6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561013d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101619190610320565b6001600160a01b031660c081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156101a8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101cc9190610320565b6001600160a01b031660e0526101e25f83610216565b5061020d7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92982610216565b50505050610342565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102b6575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561026e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102b9565b505f5b92915050565b6001600160a01b03811681146102d3575f5ffd5b50565b5f5f5f606084860312156102e8575f5ffd5b83516102f3816102bf565b6020850151909350610304816102bf565b6040850151909250610315816102bf565b809150509250925092565b5f60208284031215610330575f5ffd5b815161033b816102bf565b9392505050565b60805160a05160c05160e0516126106104015f395f81816103f1015281816105b1015281816111d601528181611401015281816115e901528181611ab101528181611b3101528181611b930152611cee01525f81816101c0015281816111f8015281816112790152818161160b015261168c01525f81816102b7015281816106e70152818161076101526110fd01525f81816103a30152818161084c01528181610d1901528181610f620152818161107f01526114d801526126105ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c806391d14854116100dd578063bffa55d511610088578063dcc59b6f11610063578063dcc59b6f1461039e578063f5b541a6146103c5578063fc0c546a146103ec575f5ffd5b8063bffa55d514610365578063c329689a14610378578063d547741f1461038b575f5ffd5b8063a217fddf116100b8578063a217fddf14610342578063a6f5765b14610349578063b3dde3241461035c575f5ffd5b806391d14854146102d9578063969b1cdb1461030f578063a177cf201461032f575f5ffd5b80632f2ff15d1161013d578063627de74511610118578063627de745146102965780637f0cd7941461029f57806389035730146102b2575f5ffd5b80632f2ff15d1461025b5780632fb0ef071461027057806336568abe14610283575f5ffd5b8063188e8c681161016d578063188e8c6814610211578063248a9ca31461023057806324cc57b314610252575f5ffd5b806301ffc9a71461019357806316f0115b146101bb578063185c6f84146101fa575b5f5ffd5b6101a66101a1366004612072565b610413565b60405190151581526020015b60405180910390f35b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101b2565b61020360035481565b6040519081526020016101b2565b61020361021f3660046120c5565b60026020525f908152604090205481565b61020361023e3660046120e0565b5f9081526020819052604090206001015490565b61020360065481565b61026e6102693660046120f7565b6104ab565b005b61026e61027e366004612125565b6104d5565b61026e6102913660046120f7565b610629565b61020360045481565b6102036102ad36600461214f565b610675565b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b6101a66102e73660046120f7565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61032261031d3660046120e0565b610aca565b6040516101b291906121b0565b61026e61033d3660046120e0565b610bfd565b6102035f81565b61026e610357366004612243565b610df6565b61020360055481565b6102036103733660046120c5565b611338565b61026e61038636600461214f565b611475565b61026e6103993660046120f7565b61172a565b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b6102037f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806104a557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f828152602081905260409020600101546104c58161174e565b6104cf8383611758565b50505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9296104ff8161174e565b61050761181d565b6001600160a01b038316158061051b575081155b15610552576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6005548083111561059e576040517f30da28bd00000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044015b60405180910390fd5b8281036005556105d86001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001685856118a5565b836001600160a01b03167f570faf8e540b6c7c198632dd242fe58f4511bd8d4398c1517a3a6cd55d44310a8460405161061391815260200190565b60405180910390a250610624611919565b505050565b6001600160a01b038116331461066b576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106248282611943565b5f61067e61181d565b816106b5576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517fedbdabac0000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063edbdabac9061071d90600b90600401612266565b602060405180830381865afa158015610738573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061075c9190612280565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663edbdabac60096040518263ffffffff1660e01b81526004016107ac9190612266565b602060405180830381865afa1580156107c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107eb9190612280565b6107f590426122c4565b905060035f8154610805906122d7565b91829055506040517fdae25b3b0000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604481018390529093505f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dae25b3b906064016020604051808303815f875af115801561089a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108be919061231c565b6040805160e08101825288815233602082015291925081016108df856119e2565b6bffffffffffffffffffffffff1681526020016108fb84611a37565b64ffffffffff1681526020015f815260200182600b81111561091f5761091f61216f565b815260209081018790525f86815260018083526040918290208451815592840151918401516bffffffffffffffffffffffff1674010000000000000000000000000000000000000000026001600160a01b039092169190911790820155606082015160028201805464ffffffffff9092167fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000008316811782556080850151927fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001617650100000000008360038111156109f9576109f961216f565b021790555060a08201516002820180547fffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffff16660100000000000083600b811115610a4557610a4561216f565b021790555060c082015181600301559050508260045f828254610a6891906122c4565b90915550610a7890503384611a81565b60408051848152602081018790529081018390523390879086907fc518908ab587ce2619ed92e22db642fdcb533a96ca1ec4581f07d32adc3e0f629060600160405180910390a45050506104a5611919565b610b076040805160e0810182525f808252602082018190529181018290526060810182905290608082019081526020015f81526020015f81525090565b5f82815260016020818152604092839020835160e08101855281548152928101546001600160a01b03811692840192909252740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff1692820192909252600282015464ffffffffff81166060830152909190608083019065010000000000900460ff166003811115610b9e57610b9e61216f565b6003811115610baf57610baf61216f565b81526020016002820160069054906101000a900460ff16600b811115610bd757610bd761216f565b600b811115610be857610be861216f565b81526020016003820154815250509050919050565b610c0561181d565b5f610c0f82611c4b565b600281015490915064ffffffffff164211610c6c5760028101546040517fa98bc9510000000000000000000000000000000000000000000000000000000081526004810184905264ffffffffff9091166024820152604401610595565b80546001820154600283018054740100000000000000000000000000000000000000009092046bffffffffffffffffffffffff1691600391907fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff16650100000000008302179055508060045f828254610ce59190612335565b90915550506040517f1566d4f8000000000000000000000000000000000000000000000000000000008152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631566d4f8906024015f604051808303815f87803b158015610d62575f5ffd5b505af1158015610d74573d5f5f3e3d5ffd5b5050506001840154610d9091506001600160a01b031682611ce1565b60018301546040516001600160a01b0390911690839086907f3831a2a97efd0d412dd018c7b26b9cbc6c78008ff1868f4877c604058dbbfe0490610de09060039087905f90819081908190612348565b60405180910390a4505050610df3611919565b50565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929610e208161174e565b610e2861181d565b5f610e3284611c4b565b600281015490915064ffffffffff16421115610e905760028101546040517f0de766e40000000000000000000000000000000000000000000000000000000081526004810186905264ffffffffff9091166024820152604401610595565b80546001820154600480546001600160a01b038316927401000000000000000000000000000000000000000090046bffffffffffffffffffffffff169182915f90610edc908490612335565b9091555086905061101857600284810180547fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff16650100000000008302179055508060055f828254610f2e91906122c4565b90915550506040517f1566d4f8000000000000000000000000000000000000000000000000000000008152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631566d4f8906024015f604051808303815f87803b158015610fab575f5ffd5b505af1158015610fbd573d5f5f3e3d5ffd5b50505050816001600160a01b031683887f3831a2a97efd0d412dd018c7b26b9cbc6c78008ff1868f4877c604058dbbfe0460025f5f5f5f8960405161100796959493929190612348565b60405180910390a450505050611330565b600284018054650100000000007fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff9091161790556040517fdbafca7a000000000000000000000000000000000000000000000000000000008152600481018490525f9081907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dbafca7a9060240160408051808303815f875af11580156110cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110f0919061237e565b915091505f6111a16127107f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663edbdabac600c6040518263ffffffff1660e01b81526004016111489190612266565b602060405180830381865afa158015611163573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111879190612280565b61119190856123a0565b61119b91906123b7565b84611da0565b90505f6111ae8285612335565b90506111c3866111be84886122c4565b611ce1565b80156112d95761121d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000083611db2565b6040517f3958de76000000000000000000000000000000000000000000000000000000008152600481018290527f534c4153480000000000000000000000000000000000000000000000000000006024820152604481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633958de76906064015f604051808303815f87803b1580156112c2575f5ffd5b505af11580156112d4573d5f5f3e3d5ffd5b505050505b856001600160a01b0316878c7f3831a2a97efd0d412dd018c7b26b9cbc6c78008ff1868f4877c604058dbbfe04600189878a885f60405161131f96959493929190612348565b60405180910390a450505050505050505b610624611919565b5f61134161181d565b6001600160a01b038216611381576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f90815260026020526040812054908190036113cb576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600260205260408120819055600680548392906113ee908490612335565b9091555061142890506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836118a5565b6040518181526001600160a01b0383169033907f39bed68a008a68cbf907d7ff6bc3629912af6516cb837cfa3f871ad9f2b8a9449060200160405180910390a3611470611919565b919050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961149f8161174e565b6114a761181d565b600b6040517f379607f5000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063379607f59060240161026060405180830381865afa158015611526573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061154a91906124a2565b60200151600b81111561155f5761155f61216f565b14611599576040517f5f88d74400000000000000000000000000000000000000000000000000000000815260048101849052602401610595565b815f036115d2576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6115dc3383611a81565b6116306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084611db2565b6040517f3958de76000000000000000000000000000000000000000000000000000000008152600481018390527f5245434f564552590000000000000000000000000000000000000000000000006024820152604481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633958de76906064015f604051808303815f87803b1580156116d5575f5ffd5b505af11580156116e7573d5f5f3e3d5ffd5b50506040518481523392508591507fea24702ccd50c168def34a42077a86529bc0463bd8c8f411bb3822728fac17489060200160405180910390a3610624611919565b5f828152602081905260409020600101546117448161174e565b6104cf8383611943565b610df38133611e6f565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611816575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556117ce3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104a5565b505f6104a5565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611876576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6118a360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611eda565b565b6040516001600160a01b0383811660248301526044820183905261062491859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611ee1565b6118a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061189d565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611816575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104a5565b5f6bffffffffffffffffffffffff821115611a33576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610595565b5090565b5f64ffffffffff821115611a33576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526028600482015260248101839052604401610595565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015611afe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b229190612280565b9050611b596001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016843085611f66565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015611bd8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bfc9190612280565b611c069190612335565b90508281146104cf576040517fc65e49730000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610595565b5f818152600160208190526040909120908101546001600160a01b03161580611c9557505f600282015465010000000000900460ff166003811115611c9257611c9261216f565b14155b1561147057818160020160059054906101000a900460ff166040517fa51f235d0000000000000000000000000000000000000000000000000000000081526004016105959291906125ef565b611d156001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383611f9f565b611d9c576001600160a01b0382165f9081526002602052604081208054839290611d409084906122c4565b925050819055508060065f828254611d5891906122c4565b90915550506040518181526001600160a01b038316907f14fe02ca148fc99d3bac4a59fc4dd0a3707955b5fb71f3211735d4c7eec034c39060200160405180910390a25b5050565b5f8282188284100282185b9392505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f095ea7b300000000000000000000000000000000000000000000000000000000179052611e318482612029565b6104cf576040516001600160a01b0384811660248301525f6044830152611e6591869182169063095ea7b3906064016118d2565b6104cf8482611ee1565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611d9c576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610595565b80825d5050565b5f5f60205f8451602086015f885af180611f00576040513d5f823e3d81fd5b50505f513d91508115611f17578060011415611f24565b6001600160a01b0384163b155b156104cf576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610595565b6040516001600160a01b0384811660248301528381166044830152606482018390526104cf9186918216906323b872dd906084016118d2565b5f61202184856001600160a01b031663a9059cbb8686604051602401611fda9291906001600160a01b03929092168252602082015260400190565b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050612029565b949350505050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156120685750811561205a5780600114612068565b5f866001600160a01b03163b115b9695505050505050565b5f60208284031215612082575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611dab575f5ffd5b6001600160a01b0381168114610df3575f5ffd5b5f602082840312156120d5575f5ffd5b8135611dab816120b1565b5f602082840312156120f0575f5ffd5b5035919050565b5f5f60408385031215612108575f5ffd5b82359150602083013561211a816120b1565b809150509250929050565b5f5f60408385031215612136575f5ffd5b8235612141816120b1565b946020939093013593505050565b5f5f60408385031215612160575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600481106121ac576121ac61216f565b9052565b5f60e082019050825182526001600160a01b0360208401511660208301526bffffffffffffffffffffffff604084015116604083015264ffffffffff60608401511660608301526080830151612209608084018261219c565b5060a0830151600c811061221f5761221f61216f565b8060a08401525060c083015160c083015292915050565b8015158114610df3575f5ffd5b5f5f60408385031215612254575f5ffd5b82359150602083013561211a81612236565b60208101600e831061227a5761227a61216f565b91905290565b5f60208284031215612290575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156104a5576104a5612297565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361230757612307612297565b5060010190565b8051600c8110611470575f5ffd5b5f6020828403121561232c575f5ffd5b611dab8261230e565b818103818111156104a5576104a5612297565b60c08101612356828961219c565b602082019690965260408101949094526060840192909252608083015260a090910152919050565b5f5f6040838503121561238f575f5ffd5b505080516020909101519092909150565b80820281158282048414176104a5576104a5612297565b5f826123ea577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b604051610260810167ffffffffffffffff81118282101715612438577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b8051611470816120b1565b8051600e8110611470575f5ffd5b805161ffff81168114611470575f5ffd5b805164ffffffffff81168114611470575f5ffd5b80516bffffffffffffffffffffffff81168114611470575f5ffd5b805161147081612236565b5f6102608284031280156124b4575f5ffd5b506124bd6123ef565b6124c68361243e565b81526124d46020840161230e565b60208201526124e560408401612449565b60408201526124f660608401612457565b606082015261250760808401612468565b608082015261251860a08401612468565b60a082015261252960c08401612468565b60c082015261253a60e0840161247c565b60e082015261254c610100840161247c565b61010082015261255f610120840161247c565b610120820152612572610140840161247c565b6101408201526125856101608401612497565b61016082015261018083810151908201526125a36101a0840161243e565b6101a08201526101c083810151908201526101e08084015190820152610200808401519082015261022080840151908201526125e2610240840161230e565b6102408201529392505050565b82815260408101611dab602083018461219c56fea164736f6c634300081c000a' as const;

/** ABI of `MutualPool` (src/MutualPool.sol). */
export const mutualPoolAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "epochLength_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "waitingPeriod_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimumBalance_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deployer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "CLAIMS_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "CREDITOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "GOVERNOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_PAYMENTS_PER_SETTLEMENT",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_WAITING_PERIOD",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "activeMembers",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimPayout",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "commitmentUsed",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "coverageStartOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "creditMembers",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "refId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "currentEpoch",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochLength",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochRecord",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct EpochRecord",
        "components": [
          {
            "name": "indexAfter",
            "type": "int256",
            "internalType": "int256"
          },
          {
            "name": "members",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "share",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "settled",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "expel",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "findInsertPosition",
    "inputs": [
      {
        "name": "key",
        "type": "int256",
        "internalType": "int256"
      },
      {
        "name": "hint",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "genesis",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "inRunOff",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "index",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "int256",
        "internalType": "int256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isCovered",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "join",
    "inputs": [
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deposit",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "positionHint",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "joinWithPermit",
    "inputs": [
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deposit",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "positionHint",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "lapsesPending",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "maxChargeBeforeExit",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "memberFunds",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "memberIdOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "memberId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "memberRecord",
    "inputs": [
      {
        "name": "memberId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Member",
        "components": [
          {
            "name": "prev",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "next",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "key",
            "type": "int96",
            "internalType": "int96"
          },
          {
            "name": "coverageStart",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "exitEpoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum MemberStatus"
          },
          {
            "name": "linked",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minimumBalance",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nextEpochToSettle",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "payment",
    "inputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Payment",
        "components": [
          {
            "name": "claimId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "remaining",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "epoch",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "paymentQueue",
    "inputs": [],
    "outputs": [
      {
        "name": "head",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "tail",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "processLapses",
    "inputs": [
      {
        "name": "maxSteps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "pending",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "queuePayment",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "queuedPayments",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestExit",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reserve",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMinimumBalance",
    "inputs": [
      {
        "name": "minimumBalance_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setWaitingPeriod",
    "inputs": [
      {
        "name": "waitingPeriod_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "settleEpoch",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "sortedMembers",
    "inputs": [],
    "outputs": [
      {
        "name": "head",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "tail",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "size",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "startRunOff",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "statusOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum MemberView"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "topUp",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "positionHint",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unclaimedPayoutOf",
    "inputs": [
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unclaimedPayouts",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "waitingPeriod",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "EpochSettled",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "members",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "share",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "collected",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reserveAdded",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "carriedOver",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "exitsFinalised",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "LapsesProcessed",
    "inputs": [
      {
        "name": "steps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "lapsed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "pending",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberExitRequested",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "exitEpoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "expelled",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberJoined",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "memberId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "deposit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "key",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "coverageStart",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberLapsed",
    "inputs": [
      {
        "name": "memberId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberToppedUp",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "key",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "rejoined",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "coverageStart",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberWithdrew",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MembersCredited",
    "inputs": [
      {
        "name": "source",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "refId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "perMember",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "members",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reserveAdded",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParameterChanged",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "oldValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PaymentMade",
    "inputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "recipient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remaining",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "transferred",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PaymentQueued",
    "inputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "recipient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PayoutClaimed",
    "inputs": [
      {
        "name": "recipient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RunOffStarted",
    "inputs": [
      {
        "name": "startedAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolAlreadyMember",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolBelowMinimumBalance",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolCommitmentUsed",
    "inputs": [
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolCommitmentZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolEpochNotEnded",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "endsAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolExitNotSettled",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "exitEpoch",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "nextEpochToSettle",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolGovernanceDelayTooShort",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolInRunOff",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolInvalidParameter",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolLapsesPending",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolNotMember",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum MemberView"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolNothingToClaim",
    "inputs": [
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolPaymentTooLarge",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolTransferAmountMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedIntDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "int256",
        "internalType": "int256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedIntToUint",
    "inputs": [
      {
        "name": "value",
        "type": "int256",
        "internalType": "int256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintToInt",
    "inputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SortedMembersHintTooFar",
    "inputs": [
      {
        "name": "hint",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "key",
        "type": "int256",
        "internalType": "int256"
      }
    ]
  }
] as const;

/** Creation bytecode of `MutualPool`. */
export const mutualPoolBytecode = '0x60e060405234801561000f575f5ffd5b5060405161503238038061503283398101604081905261002e916102d3565b6001600160a01b038616158061004b57506001600160a01b038216155b15610069576040516321cb944560e11b815260040160405180910390fd5b84158061007957506301e1338085115b156100b3576040516324ff18a760e01b81526a0cae0dec6d098cadccee8d60ab1b6004820152602481018690526044015b60405180910390fd5b6001600160a01b03861660805260a08590524260c0526100d284610137565b6100db83610197565b6100e55f83610213565b506101107f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5583610213565b506001600160a01b0381161561012c5761012a5f82610213565b505b505050505050610339565b6303c26700811115610175576040516324ff18a760e01b81526c1dd85a5d1a5b99d4195c9a5bd9609a1b6004820152602481018290526044016100aa565b600180546001600160401b0319166001600160401b0392909216919091179055565b8015806101aa57506001600160601b0381115b156101e2576040516324ff18a760e01b81526d6d696e696d756d42616c616e636560901b6004820152602481018290526044016100aa565b600180546001600160601b039092166801000000000000000002600160401b600160a01b0319909216919091179055565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102b3575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561026b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102b6565b505f5b92915050565b6001600160a01b03811681146102d0575f5ffd5b50565b5f5f5f5f5f5f60c087890312156102e8575f5ffd5b86516102f3816102bc565b6020880151604089015160608a015160808b01519399509197509550935061031a816102bc565b60a088015190925061032b816102bc565b809150509295509295509295565b60805160a05160c051614c746103be5f395f81816108d1015281816116660152611a2f01525f818161054b01528181611642015281816119f501528181612b470152612b9b01525f8181610a6d01528181611434015281816115c80152818161231d01528181612e6c01528181612eec01528181612f4e0152613f2b0152614c745ff3fe608060405234801561000f575f5ffd5b506004361061035c575f3560e01c806376671808116101c9578063b9d1d49b116100fe578063dbb7c64e1161009e578063f30891d911610079578063f30891d914610a26578063f3648ae614610a4d578063fa9f46e214610a60578063fc0c546a14610a68575f5ffd5b8063dbb7c64e146109f7578063dcd22a0014610a0a578063e7e2d10f14610a1d575f5ffd5b8063ccc57490116100d9578063ccc57490146109ac578063cd3293de146109d3578063d547741f146109dc578063d7f56c25146109ef575f5ffd5b8063b9d1d49b14610945578063ba33e9d114610967578063c6992b2a14610970575f5ffd5b806397a5d5b511610169578063a7f0b3de11610144578063a7f0b3de146108cc578063a8174ff5146108f3578063b31deaf114610916578063b6b385f71461093d575f5ffd5b806397a5d5b51461089c5780639ab6e297146108bc578063a217fddf146108c5575f5ffd5b806389a5d38e116101a457806389a5d38e146106565780638b22faa3146106695780638b3c99e31461076f57806391d1485414610866575f5ffd5b806376671808146106335780637aa5230e1461063b5780637f8e3b4e1461064e575f5ffd5b80633446e4b41161029f57806357d775f81161023f5780636964c2821161021a5780636964c282146105ba57806370a08231146105cd5780637239a291146105e057806374272d1014610620575f5ffd5b806357d775f8146105465780635f402cd71461056d57806363a30b7214610595575f5ffd5b80633958de761161027a5780633958de76146105115780633a2ef9df146105245780633ccfd60b14610536578063544882df1461053e575f5ffd5b80633446e4b4146104d857806336568abe146104eb57806338ac09ed146104fe575f5ffd5b80631e3f71a71161030a578063248a9ca3116102e5578063248a9ca3146104785780632986c0e51461049a5780632d731e40146104a35780632f2ff15d146104c3575f5ffd5b80631e3f71a71461043e5780631ed0cacb1461045157806323579f0014610470575f5ffd5b80631462eca61161033a5780631462eca6146103b7578063156428ba146103c2578063196d78f2146103e4575f5ffd5b806301ffc9a71461036057806309eeefc8146103885780631084e76d1461039b575b5f5ffd5b61037361036e366004614659565b610aa7565b60405190151581526020015b60405180910390f35b610373610396366004614698565b610b3f565b60025467ffffffffffffffff165b60405190815260200161037f565b6103a96303c2670081565b6103736103d0366004614698565b60076020525f908152604090205460ff1681565b6103a96103f23660046146c5565b6001600160a01b03165f9081526006602090815260408083205463ffffffff168352600590915290205474010000000000000000000000000000000000000000900464ffffffffff1690565b61037361044c3660046146de565b610cc1565b6103a961045f3660046146c5565b60116020525f908152604090205481565b610373610d78565b6103a9610486366004614698565b5f9081526020819052604090206001015490565b6103a960035481565b6104b66104b1366004614719565b610d86565b60405161037f9190614773565b6104d66104d13660046147ef565b610ec1565b005b6104d66104e6366004614698565b610eeb565b6104d66104f93660046147ef565b610f79565b6103a961050c3660046146c5565b610fca565b6104d661051f366004614810565b6110e4565b60015467ffffffffffffffff166103a9565b6103a9611217565b6103a9604081565b6103a97f000000000000000000000000000000000000000000000000000000000000000081565b61058061057b366004614839565b61149e565b60405163ffffffff909116815260200161037f565b6105806105a33660046146c5565b60066020525f908152604090205463ffffffff1681565b6104d66105c8366004614698565b6114be565b6103a96105db3660046146c5565b611534565b600c54604080516fffffffffffffffffffffffffffffffff808416825270010000000000000000000000000000000090930490921660208301520161037f565b6104d661062e36600461485a565b611567565b6103a961163f565b6103a96106493660046148c0565b611695565b6104d6611929565b6104d66106643660046148f3565b611999565b61071e610677366004614698565b604080516080810182525f808252602082018190529181018290526060810191909152505f9081526009602090815260409182902082516080810184528154815260019091015467ffffffffffffffff8116928201929092526801000000000000000082046fffffffffffffffffffffffffffffffff16928101929092527801000000000000000000000000000000000000000000000000900460ff161515606082015290565b60405161037f91908151815260208083015167ffffffffffffffff16908201526040808301516fffffffffffffffffffffffffffffffff169082015260609182015115159181019190915260800190565b61081661077d366004614698565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600b602090815260409182902082516080810184528154815260018201546001600160a01b03811693820193909352740100000000000000000000000000000000000000009092046bffffffffffffffffffffffff169282019290925260029091015463ffffffff16606082015290565b60405161037f9190815181526020808301516001600160a01b0316908201526040808301516bffffffffffffffffffffffff169082015260609182015163ffffffff169181019190915260800190565b6103736108743660046147ef565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6108af6108aa3660046146c5565b6119b4565b60405161037f9190614935565b6103a960105481565b6103a95f81565b6103a97f000000000000000000000000000000000000000000000000000000000000000081565b60015474010000000000000000000000000000000000000000900460ff16610373565b6103a97fbe74a168a238bf2df7daa27dd5487ac84cb89ae44fd7e7d1e4b6397bfe51dcb881565b6104d66119e7565b6001546801000000000000000090046bffffffffffffffffffffffff166103a9565b6103a9600d5481565b6004546040805163ffffffff8084168252640100000000840481166020830152680100000000000000009093049092169082015260600161037f565b6103a97f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6103a9600e5481565b6104d66109ea3660046147ef565b611cf8565b6104d6611d1c565b6104d6610a053660046146c5565b611d9f565b6104d6610a18366004614839565b611e38565b6103a960085481565b6103a97f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e925629281565b6103a9610a5b3660046146c5565b612252565b6103a961238c565b610a8f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161037f565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610b3957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f610b48612420565b6003546001545f90610b74906801000000000000000090046bffffffffffffffffffffffff1683614970565b6008549091505f805b86821015610c625760045463ffffffff165f819003610b9c5750610c62565b63ffffffff81165f90815260056020526040902060028154600160e81b900460ff166004811115610bcf57610bcf614732565b148015610bff57508054790100000000000000000000000000000000000000000000000000900463ffffffff1685115b15610c1657610c1160046005846124a6565b610c50565b8054680100000000000000009004600b0b861315610c4957610c39828289612637565b610c4283614997565b9250610c50565b5050610c62565b610c5984614997565b93505050610b7d565b610c6a6128af565b60408051848152602081018490528215158183015290519197507fc7a5314106ecc7a8c0041e31acc3090f5dafdd7a604ab60b227e60cef0073b36919081900360600190a15050505050610cbc61297d565b919050565b6001600160a01b0382165f9081526006602090815260408083205463ffffffff1683526005909152812060018154600160e81b900460ff166004811115610d0a57610d0a614732565b148015610d375750805474010000000000000000000000000000000000000000900464ffffffffff168310155b8015610d70575060015481546bffffffffffffffffffffffff68010000000000000000928390041691610d6d9104600b0b6129a7565b10155b949350505050565b5f610d816128af565b905090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915263ffffffff8281165f90815260056020908152604091829020825160e081018452815480861682526401000000008104861693820193909352680100000000000000008304600b0b9381019390935274010000000000000000000000000000000000000000820464ffffffffff1660608401527901000000000000000000000000000000000000000000000000008204909316608083015290919060a0830190600160e81b900460ff166004811115610e7957610e79614732565b6004811115610e8a57610e8a614732565b815290547e01000000000000000000000000000000000000000000000000000000000000900460ff16151560209091015292915050565b5f82815260208190526040902060010154610edb816129c9565b610ee583836129d6565b50505050565b610ef3612a9b565b6001546801000000000000000090046bffffffffffffffffffffffff16610f1982612bc7565b60408051828152602081018490527f6d696e696d756d42616c616e6365000000000000000000000000000000000000917fce249fa99ad401266b8ad33f2f542b9a99ff1fda278b1588f7090f55c627e73a91015b60405180910390a25050565b6001600160a01b0381163314610fbb576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610fc58282612c8a565b505050565b6001600160a01b0381165f9081526006602090815260408083205463ffffffff168352600590915281208054600160e81b900460ff1682600182600481111561101557611015614732565b036110295761102261163f565b9050611077565b600282600481111561103d5761103d614732565b0361106d57508154790100000000000000000000000000000000000000000000000000900463ffffffff16611077565b505f949350505050565b6008548082101561108d57505f95945050505050565b6110da61109985612d29565b6001546801000000000000000090046bffffffffffffffffffffffff166110c084866149ce565b6110cb9060016149e1565b6110d591906149f4565b612e2d565b9695505050505050565b7fbe74a168a238bf2df7daa27dd5487ac84cb89ae44fd7e7d1e4b6397bfe51dcb861110e816129c9565b611116612420565b835f0361114f576040517f0d23170500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6111593385612e3c565b60025460035467ffffffffffffffff909116905f90869083156111a0576111808885613006565b909350915061118e83613031565b6111989082614a0b565b600381905590505b81600e5f8282546111b191906149e1565b9091555050604080518981526020810185905290810185905260608101839052608081018290528690889033907f6de8cbe76995e0a38a6750c324ba7e419be5322e262872a23c26b596d1b5e6ec9060a00160405180910390a450505050610ee561297d565b5f611220612420565b335f9081526006602090815260408083205463ffffffff1680845260059092529091208054600160e81b900460ff16600381600481111561126357611263614732565b03611280578154680100000000000000009004600b0b93506113c5565b600281600481111561129457611294614732565b0361138757815460085479010000000000000000000000000000000000000000000000000090910463ffffffff16908110611314576008546040517f61db661f0000000000000000000000000000000000000000000000000000000081523360048201526024810183905260448101919091526064015b60405180910390fd5b5f8181526009602052604090205483546113459161134091680100000000000000009004600b0b614a0b565b613093565b83549095507e01000000000000000000000000000000000000000000000000000000000000900460ff16156113815761138160046005866124a6565b506113c5565b33611391836130d1565b6040517facca64a300000000000000000000000000000000000000000000000000000000815260040161130b929190614a2a565b83600f5f8282546113d691906149ce565b909155505081547fffff00ffffffffffffffffff000000000000000000000000ffffffffffffffff167d040000000000000000000000000000000000000000000000000000000000178255831561145b5761145b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163386613196565b60405184815233907fb85082e7934143118a16165ae5c6d79fd103e71591499bce8568c0919ab8e3219060200160405180910390a250505061149b61297d565b90565b5f6114b760056114ad8561320a565b6004919085613252565b9392505050565b6114c6612a9b565b60015467ffffffffffffffff166114dc8261346f565b60408051828152602081018490527f77616974696e67506572696f6400000000000000000000000000000000000000917fce249fa99ad401266b8ad33f2f542b9a99ff1fda278b1588f7090f55c627e73a9101610f6d565b6001600160a01b0381165f9081526006602090815260408083205463ffffffff16835260059091528120610b3990612d29565b61156f612420565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015611611575f5ffd5b505af1925050508015611622575060015b5061162e878787613511565b61163661297d565b50505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000061168b7f0000000000000000000000000000000000000000000000000000000000000000426149ce565b610d819190614a74565b5f7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e92562926116c0816129c9565b6001600160a01b038416611700576040517f4397288a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b825f03611739576040517f0d23170500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6bffffffffffffffffffffffff831115611782576040517f28ffe6700000000000000000000000000000000000000000000000000000000081526004810184905260240161130b565b5f61178b61163f565b9050600c60109054906101000a90046fffffffffffffffffffffffffffffffff166fffffffffffffffffffffffffffffffff1692506040518060800160405280878152602001866001600160a01b03168152602001856bffffffffffffffffffffffff1681526020016117fd8361391c565b63ffffffff9081169091525f858152600b60209081526040918290208451815590840151918401516bffffffffffffffffffffffff1674010000000000000000000000000000000000000000026001600160a01b0390921691909117600180830191909155606090930151600290910180549190921663ffffffff1990911617905561188a9084906149e1565b600c60106101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555083600d5f8282546118d391906149e1565b909155505060408051858152602081018390526001600160a01b03871691889186917f982fbc63cb6cf2db4cf2c89678eb349651ed0854008962a8a96727f45ebd57f0910160405180910390a450509392505050565b611931612420565b335f9081526006602090815260408083205463ffffffff16808452600590925290912060018154600160e81b900460ff16600481111561197357611973614732565b146119825733611391826130d1565b61198d33825f613965565b505061199761297d565b565b6119a1612420565b6119ac838383613511565b610fc561297d565b6001600160a01b0381165f9081526006602090815260408083205463ffffffff16835260059091528120610b39906130d1565b6119ef612420565b6008545f7f0000000000000000000000000000000000000000000000000000000000000000611a1f8360016149e1565b611a2991906149f4565b611a53907f00000000000000000000000000000000000000000000000000000000000000006149e1565b905080421015611a99576040517f31ce5e80000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161130b565b611aa16128af565b15611ad8576040517f0fd3313f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025460015467ffffffffffffffff909116905f90819081908190611b22908890611b1d906801000000000000000090046bffffffffffffffffffffffff16886149f4565b613b17565b600354939750919550935091505f808315611b7057611b418489613d6a565b9092509050611b508284614970565b92508260038190555080600e5f828254611b6a91906149e1565b90915550505b5f611b7b8b85613d8d565b905060405180608001604052808581526020018a67ffffffffffffffff168152602001846fffffffffffffffffffffffffffffffff1681526020016001151581525060095f8d81526020019081526020015f205f820151815f01556020820151816001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060408201518160010160086101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555060608201518160010160186101000a81548160ff0219169083151502179055509050508a6001611c7391906149e1565b600855600d54604080518b815260208101869052908101879052606081018490526080810186905260a081019190915260c081018290528b907ff244372954dac36216bdd8dcafb9a7488a598d235a7e8dbe37063cda8fb62b2d9060e00160405180910390a2611ce58b898989613eb5565b505050505050505050505061199761297d565b5f82815260208190526040902060010154611d12816129c9565b610ee58383612c8a565b611d24612a9b565b600180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000001790556040517f5e01bf27d6b2c1548eb51d68208bebee3c47f704ebb62e1c2221b694d392d08a90611d959042815260200190565b60405180910390a1565b7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e9256292611dc9816129c9565b611dd1612420565b6001600160a01b0382165f9081526006602090815260408083205463ffffffff1683526005909152902060018154600160e81b900460ff166004811115611e1a57611e1a614732565b03611e2b57611e2b83826001613965565b50611e3461297d565b5050565b611e40612420565b815f03611e79576040517f0d23170500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526006602090815260408083205463ffffffff1680845260059092528220805460035492939192600160e81b90910460ff1691806001846004811115611ec557611ec5614732565b03611f94578454680100000000000000009004600b0b88611ee96113408684614a0b565b611ef391906149e1565b9250611f0260046005896124a6565b5f611f22611f0f8b613031565b83600b0b611f1d9190614970565b61320a565b9050611f33600460058a848d61406b565b81600b0b81600b0b611f459190614aac565b60028054600890611f6690849068010000000000000000900460130b614afe565b92506101000a8154816001600160a01b03021916908360130b6001600160a01b0316021790555050506121b8565b6003846004811115611fa857611fa8614732565b036121ae576040805160608101825260015467ffffffffffffffff811682526801000000000000000081046bffffffffffffffffffffffff16602083015274010000000000000000000000000000000000000000900460ff161580159282019290925290612042576040517f7406706900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8554680100000000000000009004600b0b61205d8a826149e1565b935081602001516bffffffffffffffffffffffff168410156120ce5760208201516040517f8a0c77dd000000000000000000000000000000000000000000000000000000008152336004820152602481018690526bffffffffffffffffffffffff909116604482015260640161130b565b80600f5f8282546120df91906149ce565b909155505086547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e81b17875581516121269067ffffffffffffffff16426149e1565b875464ffffffffff9190911674010000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff9091161787555f6121888661217e87613031565b611f1d9190614970565b9050612199600460058b848e61406b565b6121a2816142b2565b600193505050506121b8565b33611391866130d1565b6121c23389612e3c565b8454604080518a815260208101859052680100000000000000008304600b0b9181019190915282151560608201527401000000000000000000000000000000000000000090910464ffffffffff16608082015233907f1193388fbc8e1c2e20a4b17559301a99e07d5fb534f45afdf7f36e1e82a748329060a00160405180910390a2505050505050611e3461297d565b5f61225b612420565b6001600160a01b03821661229b576040517f4397288a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f90815260116020526040812054908190036122e7576040517f9b8c510500000000000000000000000000000000000000000000000000000000815233600482015260240161130b565b335f9081526011602052604081208190556010805483929061230a9084906149ce565b9091555061234490506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383613196565b6040518181526001600160a01b0383169033907f16b63aea592f9ff2536669385de33b0f5bdf01b81d2602c102556e57e5374ac79060200160405180910390a3610cbc61297d565b6040805160608101825260025467ffffffffffffffff811680835268010000000000000000820460130b60208401527c010000000000000000000000000000000000000000000000000000000090910463ffffffff1692820192909252600f546003545f93612410916123fe91614b50565b836020015160130b6113409190614a0b565b61241a91906149e1565b91505090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612479576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61199760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614344565b63ffffffff8082165f908152602084905260408120805490928181169264010000000090920416908290036124ed57855463ffffffff191663ffffffff8216178655612539565b63ffffffff8083165f9081526020879052604090208054918316640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff9092169190911790555b8063ffffffff165f036125805785547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff1664010000000063ffffffff8416021786556125a8565b63ffffffff8181165f908152602087905260409020805463ffffffff19169184169190911790555b505080547fff00ffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055505080547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff811663ffffffff680100000000000000009283900481167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0116909102179055565b8154680100000000000000009004600b0b5f6126566113408484614a0b565b905061266560046005876124a6565b60028054600191905f9061268490849067ffffffffffffffff16614b9b565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555081600b0b60025f0160088282829054906101000a900460130b6126cd9190614aac565b92506101000a8154816001600160a01b03021916908360130b6001600160a01b031602179055506002600481111561270757612707614732565b8454600160e81b900460ff16600481111561272457612724614732565b036127eb578354790100000000000000000000000000000000000000000000000000900463ffffffff165f908152600a602052604081208054909160019183919061277a90849067ffffffffffffffff16614b9b565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555082600b0b815f0160088282829054906101000a900460130b6127c29190614aac565b92506101000a8154816001600160a01b03021916908360130b6001600160a01b03160217905550505b83546bffffffffffffffffffffffff821668010000000000000000027fffff00ffffffffffffffffff000000000000000000000000ffffffffffffffff909116177d030000000000000000000000000000000000000000000000000000000000178455600f80548291905f906128629084906149e1565b9091555050604080518281526020810185905263ffffffff8716917f968767b4a3c1fcdc28e456de9aa3a4cae340dc8730f08a40a3464d20dbdf51e3910160405180910390a25050505050565b6004545f9063ffffffff168082036128c8575f91505090565b63ffffffff81165f90815260056020526040902060028154600160e81b900460ff1660048111156128fb576128fb614732565b14801561292d57506008548154790100000000000000000000000000000000000000000000000000900463ffffffff16105b1561293b5760019250505090565b600154600354612965916801000000000000000090046bffffffffffffffffffffffff1690614970565b9054680100000000000000009004600b0b1292915050565b6119975f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006124a0565b5f5f60035483600b0b6129ba9190614a0b565b90505f8113610b39575f6114b7565b6129d3813361434b565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16612a94575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055612a4c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610b39565b505f610b39565b612ac47f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f556129c9565b5f336001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612b3d575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252612b3a91810190614bbb565b60015b15612b455790505b7f000000000000000000000000000000000000000000000000000000000000000081116129d3576040517f3799fb8e000000000000000000000000000000000000000000000000000000008152600481018290527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161130b565b801580612bdf57506bffffffffffffffffffffffff81115b15612c3f576040517f24ff18a70000000000000000000000000000000000000000000000000000000081527f6d696e696d756d42616c616e636500000000000000000000000000000000000060048201526024810182905260440161130b565b600180546bffffffffffffffffffffffff90921668010000000000000000027fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff909216919091179055565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615612a94575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610b39565b80545f90600160e81b900460ff166001816004811115612d4b57612d4b614732565b03612d6a5782546114b790680100000000000000009004600b0b6129a7565b6003816004811115612d7e57612d7e614732565b03612d9857505054680100000000000000009004600b0b90565b6002816004811115612dac57612dac614732565b03612e2557825460085479010000000000000000000000000000000000000000000000000090910463ffffffff1690811015612e0b575f818152600960205260409020548454610d709190680100000000000000009004600b0b614a0b565b8354610d7090680100000000000000009004600b0b6129a7565b505f92915050565b5f8282188284100282186114b7565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015612eb9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612edd9190614bbb565b9050612f146001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168430856143b6565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015612f93573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fb79190614bbb565b612fc191906149ce565b9050828114610ee5576040517fe42c047b000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161130b565b5f806130128385614a74565b915061301e83836149f4565b61302890856149ce565b90509250929050565b5f7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82111561308f576040517f24775e060000000000000000000000000000000000000000000000000000000081526004810183905260240161130b565b5090565b5f5f82121561308f576040517fa8ce44320000000000000000000000000000000000000000000000000000000081526004810183905260240161130b565b80545f90600160e81b900460ff1660018160048111156130f3576130f3614732565b0361313057825474010000000000000000000000000000000000000000900464ffffffffff164210156131275760016114b7565b60029392505050565b600281600481111561314457613144614732565b036131525750600392915050565b600381600481111561316657613166614732565b036131745750600492915050565b600481600481111561318857613188614732565b03612e255750600592915050565b6040516001600160a01b03838116602483015260448201839052610fc591859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506143ef565b80600b81900b8114610cbc576040517f327269a7000000000000000000000000000000000000000000000000000000008152606060048201526024810183905260440161130b565b83545f90640100000000900463ffffffff16801580613298575063ffffffff81165f90815260208690526040902054600b85810b68010000000000000000909204900b13155b156132a4579050610d70565b6132b086868686614474565b156132be5782915050610d70565b5f63ffffffff84161580159061330a575063ffffffff84165f908152602087905260409020547e01000000000000000000000000000000000000000000000000000000000000900460ff165b61331b57865463ffffffff1661331d565b835b63ffffffff81165f90815260208890526040902054909150600b86810b68010000000000000000909204900b13156133c5575f5b60408110156133bf5763ffffffff8083165f90815260208990526040902054168015806133a5575063ffffffff81165f90815260208990526040902054600b88810b68010000000000000000909204900b13155b156133b5579350610d7092505050565b9150600101613351565b5061342b565b5f5b60408110156134295763ffffffff8083165f9081526020899052604080822054640100000000900490921680825291902054600b88810b68010000000000000000909204900b131561341f5782945050505050610d70565b91506001016133c7565b505b6040517fc068698200000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152600b86900b602482015260440161130b565b6303c267008111156134d6576040517f24ff18a70000000000000000000000000000000000000000000000000000000081527f77616974696e67506572696f640000000000000000000000000000000000000060048201526024810182905260440161130b565b600180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055565b6040805160608101825260015467ffffffffffffffff811682526801000000000000000081046bffffffffffffffffffffffff16602083015274010000000000000000000000000000000000000000900460ff1615801592820192909252906135a6576040517f7406706900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836135dd576040517f54875a4a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481526007602052604090205460ff1615613628576040517f2eced5560000000000000000000000000000000000000000000000000000000081526004810185905260240161130b565b335f9081526006602052604081205463ffffffff16908190036136b85760028054601c9061367b907c0100000000000000000000000000000000000000000000000000000000900463ffffffff16614bd2565b825463ffffffff8083166101009490940a84810291021990911617909255335f908152600660205260409020805463ffffffff1916909117905590505b63ffffffff81165f90815260056020526040812080549091600160e81b90910460ff16908160048111156136ee576136ee614732565b1415801561370e5750600481600481111561370b5761370b614732565b14155b15613747576040517fd1a1fdbf00000000000000000000000000000000000000000000000000000000815233600482015260240161130b565b83602001516bffffffffffffffffffffffff168610156137b65760208401516040517f8a0c77dd000000000000000000000000000000000000000000000000000000008152336004820152602481018890526bffffffffffffffffffffffff909116604482015260640161130b565b5f87815260076020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055600354906137fd8261217e8a613031565b86519091505f906138189067ffffffffffffffff16426149e1565b8554600160e81b7fffff00000000000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffff7401000000000000000000000000000000000000000064ffffffffff851602161717865590506138996004600588858c61406b565b6138a2826142b2565b6138ac338a612e3c565b8963ffffffff8716337f3ef1965470c1a5d2f44ad29ec4543b5d2a153d94ecf2de20287ee4d4d64b220e8c8688876138e261163f565b60408051958652600b9490940b6020860152928401919091526060830152608082015260a00160405180910390a450505050505050505050565b5f63ffffffff82111561308f576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152602060048201526024810183905260440161130b565b5f61396e61163f565b83547d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8216178555909150680100000000000000009004600b0b6139d08261391c565b845463ffffffff91909116790100000000000000000000000000000000000000000000000000027fffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffff9091161784555f828152600a6020526040812080549091600191839190613a4a90849067ffffffffffffffff16614bf6565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555081600b0b815f0160088282829054906101000a900460130b613a929190614afe565b92506101000a8154816001600160a01b03021916908360130b6001600160a01b03160217905550856001600160a01b03167f221f4e36746f4583073ce53b851a01c2a87c8f0981ecd8e99403d4eae066677184613aee856129a7565b6040805192835260208301919091528715159082015260600160405180910390a2505050505050565b60408051818152610820810182525f916060918291849190602082016108008036833750506040805181815261082081018252929550905060208201610800803683375050600c54919350506fffffffffffffffffffffffffffffffff808216917001000000000000000000000000000000009004165b8082108015613b9c57508683105b8015613ba85750604086105b15613d08575f828152600b60205260409020600281015463ffffffff16891015613bd25750613d08565b60018101545f90613c0d907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff166110d5878c6149ce565b9050808260010160148282829054906101000a90046bffffffffffffffffffffffff16613c3a9190614c16565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055508085613c7491906149e1565b945083878981518110613c8957613c89614c3a565b60200260200101818152505080868981518110613ca857613ca8614c3a565b6020908102919091010152613cbc88614997565b60018301549098507401000000000000000000000000000000000000000090046bffffffffffffffffffffffff1615613cf6575050613d08565b613cff84614997565b93505050613b8e565b600c80547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff8416179055600d80548491905f90613d589084906149ce565b92505081905550505092959194509250565b5f5f613d76848461454e565b915083613d8384846149f4565b61302891906149ce565b5f828152600a6020908152604080832081518083019092525467ffffffffffffffff81168083526801000000000000000090910460130b928201929092529015613ea3578051600280545f90613dee90849067ffffffffffffffff16614b9b565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550806020015160025f0160088282829054906101000a900460130b613e389190614aac565b92506101000a8154816001600160a01b03021916908360130b6001600160a01b03160217905550613e8d83825f015167ffffffffffffffff16613e7b9190614b50565b826020015160130b6113409190614a0b565b600f5f828254613e9d91906149e1565b90915550505b5167ffffffffffffffff169392505050565b5f5b83811015614064575f600b5f858481518110613ed557613ed5614c3a565b602002602001015181526020019081526020015f2090505f816001015f9054906101000a90046001600160a01b031690505f848481518110613f1957613f19614c3a565b602002602001015190505f613f6283837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166145819092919063ffffffff16565b905080613fae576001600160a01b0383165f9081526011602052604081208054849290613f909084906149e1565b925050819055508160105f828254613fa891906149e1565b90915550505b826001600160a01b0316845f0154888781518110613fce57613fce614c3a565b60200260200101517f229f95688a73f2fa7311b072b6c3c4447e3ef874306a4643c2584479ca205432858860010160149054906101000a90046bffffffffffffffffffffffff168e8760405161404d94939291909384526bffffffffffffffffffffffff92909216602084015260408301521515606082015260800190565b60405180910390a450505050806001019050613eb7565b5050505050565b5f61407886868585613252565b90505f63ffffffff8216156140ab5763ffffffff8083165f908152602088905260409020546401000000009004166140b4565b865463ffffffff165b63ffffffff8087165f90815260208990526040812080547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff848616640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006bffffffffffffffffffffffff8c166801000000000000000002167fffffffffffffffffffffffff00000000000000000000000000000000000000009093169290921794881694851791909117167e01000000000000000000000000000000000000000000000000000000000000178155929350036141a857875463ffffffff191663ffffffff87161788556141f4565b63ffffffff8084165f9081526020899052604090208054918816640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff9092169190911790555b8163ffffffff165f0361423b5787547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff1664010000000063ffffffff881602178855614263565b63ffffffff8281165f908152602089905260409020805463ffffffff19169188169190911790555b50508554600163ffffffff6801000000000000000080840482169290920116027fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff909116179095555050505050565b60028054600191905f906142d190849067ffffffffffffffff16614bf6565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555080600b0b60025f0160088282829054906101000a900460130b61431a9190614afe565b92506101000a8154816001600160a01b03021916908360130b6001600160a01b0316021790555050565b80825d5050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611e34576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161130b565b6040516001600160a01b038481166024830152838116604483015260648201839052610ee59186918216906323b872dd906084016131c3565b5f5f60205f8451602086015f885af18061440e576040513d5f823e3d81fd5b50505f513d91508115614425578060011415614432565b6001600160a01b0384163b155b15610ee5576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161130b565b5f5f8263ffffffff165f036144915750845463ffffffff1661450c565b63ffffffff83165f90815260208690526040902080547e01000000000000000000000000000000000000000000000000000000000000900460ff1615806144eb57508054600b86810b68010000000000000000909204900b135b156144fa575f92505050610d70565b54640100000000900463ffffffff1690505b63ffffffff811615806110da575063ffffffff165f9081526020949094525050604090912054600b91820b6801000000000000000090910490910b1215919050565b5f815f03614560576145606012614603565b81600184038161457257614572614a47565b04600101831515029392505050565b5f610d7084856001600160a01b031663a9059cbb86866040516024016145bc9291906001600160a01b03929092168252602082015260400190565b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050614614565b634e487b715f52806020526024601cfd5b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156110da5750811561464557806001146110da565b50505050506001600160a01b03163b151590565b5f60208284031215614669575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146114b7575f5ffd5b5f602082840312156146a8575f5ffd5b5035919050565b80356001600160a01b0381168114610cbc575f5ffd5b5f602082840312156146d5575f5ffd5b6114b7826146af565b5f5f604083850312156146ef575f5ffd5b6146f8836146af565b946020939093013593505050565b803563ffffffff81168114610cbc575f5ffd5b5f60208284031215614729575f5ffd5b6114b782614706565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6005811061476f5761476f614732565b9052565b5f60e08201905063ffffffff835116825263ffffffff60208401511660208301526040830151600b0b604083015264ffffffffff606084015116606083015263ffffffff608084015116608083015260a08301516147d460a084018261475f565b5060c08301516147e860c084018215159052565b5092915050565b5f5f60408385031215614800575f5ffd5b82359150613028602084016146af565b5f5f5f60608486031215614822575f5ffd5b505081359360208301359350604090920135919050565b5f5f6040838503121561484a575f5ffd5b8235915061302860208401614706565b5f5f5f5f5f5f5f60e0888a031215614870575f5ffd5b873596506020880135955061488760408901614706565b945060608801359350608088013560ff811681146148a3575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f5f606084860312156148d2575f5ffd5b833592506148e2602085016146af565b929592945050506040919091013590565b5f5f5f60608486031215614905575f5ffd5b833592506020840135915061491c60408501614706565b90509250925092565b6006811061476f5761476f614732565b60208101610b398284614925565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018281125f83128015821682158216171561498f5761498f614943565b505092915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036149c7576149c7614943565b5060010190565b81810381811115610b3957610b39614943565b80820180821115610b3957610b39614943565b8082028115828204841417610b3957610b39614943565b8181035f8312801583831316838312821617156147e8576147e8614943565b6001600160a01b0383168152604081016114b76020830184614925565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614aa7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b601382810b9082900b037fffffffffffffffffffffffff80000000000000000000000000000000000000008112737fffffffffffffffffffffffffffffffffffffff82131715610b3957610b39614943565b601381810b9083900b01737fffffffffffffffffffffffffffffffffffffff81137fffffffffffffffffffffffff800000000000000000000000000000000000000082121715610b3957610b39614943565b8082025f82127f800000000000000000000000000000000000000000000000000000000000000084141615614b8757614b87614943565b8181058314821517610b3957610b39614943565b67ffffffffffffffff8281168282160390811115610b3957610b39614943565b5f60208284031215614bcb575f5ffd5b5051919050565b5f63ffffffff821663ffffffff8103614bed57614bed614943565b60010192915050565b67ffffffffffffffff8181168382160190811115610b3957610b39614943565b6bffffffffffffffffffffffff8281168282160390811115610b3957610b39614943565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `PrevrandaoSource` (src/randomness/PrevrandaoSource.sol). */
export const prevrandaoSourceAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "delay_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "BLOCKHASH_HISTORY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "CONSUMER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "delay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "fulfill",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "header",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "randomness",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "ready",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "expired",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestRandomness",
    "inputs": [],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "targetBlock",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "RandomnessFulfilled",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "commitment",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessDelayInvalid",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessExpired",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "targetBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessHeaderMalformed",
    "inputs": [
      {
        "name": "field",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessHeaderMismatch",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "expected",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "actual",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessNotConsumer",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessNotYetAvailable",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "targetBlock",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "currentBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessUnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `PrevrandaoSource`. */
export const prevrandaoSourceBytecode = '0x60a060405234801561000f575f5ffd5b5060405161106238038061106283398101604081905261002e91610121565b81158061003c575061010082115b1561006157604051630e56702560e21b81526004810183905260240160405180910390fd5b60808290526100705f82610078565b50505061015b565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610118575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100d03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161011b565b505f5b92915050565b5f5f60408385031215610132575f5ffd5b825160208401519092506001600160a01b0381168114610150575f5ffd5b809150509250929050565b608051610ee861017a5f395f818161020101526107640152610ee85ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80634bc02da6116100885780639c3b6d71116100635780639c3b6d7114610266578063a217fddf1461026f578063d547741f14610276578063f8413b0714610289575f5ffd5b80634bc02da6146101d55780636a42b8f8146101fc57806391d1485414610223575f5ffd5b8063248a9ca3116100c3578063248a9ca3146101625780632f2ff15d1461018457806336568abe146101995780633a95d155146101ac575f5ffd5b806301ffc9a7146100e95780630d9577c6146101115780631b1d5b2714610132575b5f5ffd5b6100fc6100f7366004610c9f565b610291565b60405190151581526020015b60405180910390f35b61012461011f366004610cde565b610329565b604051908152602001610108565b610145610140366004610d55565b610585565b604080519315158452911515602084015290820152606001610108565b610124610170366004610d55565b5f9081526020819052604090206001015490565b610197610192366004610d6c565b610634565b005b6101976101a7366004610d6c565b61065e565b6101246101ba366004610d55565b5f9081526001602052604090205467ffffffffffffffff1690565b6101247f9d56108290ea0bc9c5c59c3ad357dca9d1b29ed7f3ae1443bef2fa2159bdf5e881565b6101247f000000000000000000000000000000000000000000000000000000000000000081565b6100fc610231366004610d6c565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61012461010081565b6101245f81565b610197610284366004610d6c565b6106bc565b6101246106e0565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061032357507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f838152600160205260408120805467ffffffffffffffff16808303610383576040517ffcd62b04000000000000000000000000000000000000000000000000000000008152600481018790526024015b60405180910390fd5b815468010000000000000000900460ff16156103a5575060010154905061057e565b804310156103ef576040517f6ea29411000000000000000000000000000000000000000000000000000000008152600481018790526024810182905243604482015260640161037a565b5f8143036103fe5750446104c5565b61010061040b8343610ddf565b111561044d576040517fb1f16edd000000000000000000000000000000000000000000000000000000008152600481018890526024810183905260440161037a565b6040518240905f906104629089908990610df2565b604051809103902090508181146104b6576040517fb3434550000000000000000000000000000000000000000000000000000000008152600481018a9052602481018390526044810182905260640161037a565b6104c08888610814565b925050505b6040805160208101839052908101889052606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052805160209182012085547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff166801000000000000000017865560018601819055808352955088917f546aca7b2683440b8f02fa95faeb8efc79dd0f16af3d815a002742ea6f76116c910160405180910390a25050505b9392505050565b5f81815260016020526040812080548291829167ffffffffffffffff1682036105dd576040517ffcd62b040000000000000000000000000000000000000000000000000000000081526004810186905260240161037a565b805468010000000000000000900460ff16156106075760015f82600101549350935093505061062d565b80545f90610622906101009067ffffffffffffffff16610e01565b43115f935093509350505b9193909250565b5f8281526020819052604090206001015461064e816108de565b61065883836108eb565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146106ad576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106b782826109e4565b505050565b5f828152602081905260409020600101546106d6816108de565b61065883836109e4565b335f9081527f60d27a4458aab6b352847091b9bd047730a6f421d79d3e60b87caf78a23077be602052604081205460ff16610749576040517f7283e74b00000000000000000000000000000000000000000000000000000000815233600482015260240161037a565b60025f815461075790610e14565b918290555090505f6107897f000000000000000000000000000000000000000000000000000000000000000043610e01565b905061079481610a9d565b5f8381526001602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff949094169390931790925551828152339184917f9cbe10499828304338b5191b737406d750036395ab0a1015c8c14b2f6e1046d5910160405180910390a35090565b5f5f61082184845f610af0565b5090505f5b600d81101561085a575f5f61083c878786610af0565b909250905061084b8183610e01565b93505050806001019050610826565b505f5f610868868685610af0565b91509150806020146108b0576040517f5adf9b53000000000000000000000000000000000000000000000000000000008152600d60048201526024810182905260440161037a565b8582866108be826020610e01565b926108cb93929190610e4b565b6108d491610e72565b9695505050505050565b6108e88133610bac565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166109dd575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561097b3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610323565b505f610323565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156109dd575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610323565b5f67ffffffffffffffff821115610aec57604080517f6dfcc65000000000000000000000000000000000000000000000000000000000815260048101919091526024810183905260440161037a565b5090565b5f5f5f858585818110610b0557610b05610eae565b919091013560f81c9150506080811015610b26578360019250925050610ba4565b60b8811015610b4f57610b3a846001610e01565b610b45608083610ddf565b9250925050610ba4565b60c0811015610b6e57610b45868686610b6960b786610ddf565b610c35565b60f8811015610b8d57610b82846001610e01565b610b4560c083610ddf565b610b9e868686610b6960f786610ddf565b92509250505b935093915050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610c31576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161037a565b5050565b5f8060015b838111610c7d578686610c4d8388610e01565b818110610c5c57610c5c610eae565b60089490941b919093013560f81c179150610c7681610e14565b9050610c3a565b5082610c8a856001610e01565b610c949190610e01565b915094509492505050565b5f60208284031215610caf575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461057e575f5ffd5b5f5f5f60408486031215610cf0575f5ffd5b83359250602084013567ffffffffffffffff811115610d0d575f5ffd5b8401601f81018613610d1d575f5ffd5b803567ffffffffffffffff811115610d33575f5ffd5b866020828401011115610d44575f5ffd5b939660209190910195509293505050565b5f60208284031215610d65575f5ffd5b5035919050565b5f5f60408385031215610d7d575f5ffd5b82359150602083013573ffffffffffffffffffffffffffffffffffffffff81168114610da7575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561032357610323610db2565b818382375f9101908152919050565b8082018082111561032357610323610db2565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610e4457610e44610db2565b5060010190565b5f5f85851115610e59575f5ffd5b83861115610e65575f5ffd5b5050820193919092039150565b80356020831015610323577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `TestStablecoin` (src/tokens/TestStablecoin.sol). */
export const testStablecoinAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "name_",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "symbol_",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "decimals_",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DOMAIN_SEPARATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "FAUCET_UNITS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "allowance",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "approve",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "decimals",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "faucet",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isTestChain",
    "inputs": [
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nonces",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "permit",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "symbol",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalSupply",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transfer",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "transferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "spender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FaucetDripped",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Transfer",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignature",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignatureLength",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignatureS",
    "inputs": [
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InsufficientAllowance",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "allowance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InsufficientBalance",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidApprover",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidReceiver",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidSender",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidSpender",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC2612ExpiredSignature",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC2612InvalidSigner",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidAccountNonce",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "currentNonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "TestStablecoinFaucetLimit",
    "inputs": [
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TestStablecoinNotATestChain",
    "inputs": [
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `TestStablecoin`. */
export const testStablecoinBytecode = '0x610180604052348015610010575f5ffd5b50604051611ad8380380611ad883398101604081905261002f916102ab565b6040805180820190915260018152603160f81b6020820152839081908185600361005983826103ac565b50600461006682826103ac565b5061007691508390506005610157565b61012052610085816006610157565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525061012446610189565b6101485760405163665c7a8360e11b81524660048201526024015b60405180910390fd5b60ff1661016052506104be9050565b5f6020835110156101725761016b836101d1565b9050610183565b8161017d84826103ac565b5060ff90505b92915050565b5f81617a69148061019b575081610539145b806101a857508162aa36a7145b806101b557508162014a34145b806101c257508162066eee145b8061018357505062aa37dc1490565b5f5f829050601f815111156101fb578260405163305a27a960e01b815260040161013f9190610466565b80516102068261049b565b179392505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610231575f5ffd5b81516001600160401b0381111561024a5761024a61020e565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102785761027861020e565b60405281815283820160200185101561028f575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f606084860312156102bd575f5ffd5b83516001600160401b038111156102d2575f5ffd5b6102de86828701610222565b602086015190945090506001600160401b038111156102fb575f5ffd5b61030786828701610222565b925050604084015160ff8116811461031d575f5ffd5b809150509250925092565b600181811c9082168061033c57607f821691505b60208210810361035a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103a757805f5260205f20601f840160051c810160208510156103855750805b601f840160051c820191505b818110156103a4575f8155600101610391565b50505b505050565b81516001600160401b038111156103c5576103c561020e565b6103d9816103d38454610328565b84610360565b6020601f82116001811461040b575f83156103f45750848201515b5f19600385901b1c1916600184901b1784556103a4565b5f84815260208120601f198516915b8281101561043a578785015182556020948501946001909201910161041a565b508482101561045757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561035a575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516115b86105205f395f818161016c01526103cc01525f610a8a01525f610a5d01525f6109a801525f61098001525f6108db01525f61090501525f61092f01526115b85ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80637ecebe0011610093578063d327488c11610063578063d327488c14610231578063d505accf14610244578063db65c7c314610257578063dd62ed3e14610261575f5ffd5b80637ecebe00146101e857806384b0196e146101fb57806395d89b4114610216578063a9059cbb1461021e575f5ffd5b8063313ce567116100ce578063313ce567146101655780633644e5151461019657806370a082311461019e5780637b56c2b2146101d3575f5ffd5b806306fdde03146100ff578063095ea7b31461011d57806318160ddd1461014057806323b872dd14610152575b5f5ffd5b6101076102a6565b6040516101149190611177565b60405180910390f35b61013061012b3660046111b8565b610336565b6040519015158152602001610114565b6002545b604051908152602001610114565b6101306101603660046111e0565b61034f565b60405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610114565b610144610372565b6101446101ac36600461121a565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6101e66101e13660046111b8565b610380565b005b6101446101f636600461121a565b6104a4565b6102036104ce565b6040516101149796959493929190611233565b61010761052c565b61013061022c3660046111b8565b61053b565b61013061023f3660046112f2565b610548565b6101e6610252366004611309565b610590565b610144620186a081565b61014461026f366004611376565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b6060600380546102b5906113a7565b80601f01602080910402602001604051908101604052809291908181526020018280546102e1906113a7565b801561032c5780601f106103035761010080835404028352916020019161032c565b820191905f5260205f20905b81548152906001019060200180831161030f57829003601f168201915b5050505050905090565b5f33610343818585610739565b60019150505b92915050565b5f3361035c85828561074b565b610367858585610819565b506001949350505050565b5f61037b6108c2565b905090565b61038946610548565b6103c6576040517fccb8f5060000000000000000000000000000000000000000000000000000000081524660048201526024015b60405180910390fd5b5f6103f27f0000000000000000000000000000000000000000000000000000000000000000600a611546565b6103ff90620186a0611554565b905080821115610445576040517fe4cddfa600000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016103bd565b61044f83836109f8565b8273ffffffffffffffffffffffffffffffffffffffff167f5c6f8a83250ac55dd524ad7bdf5ad3a59d3ccbe7c1827b0c4ec3615459fd9ae98360405161049791815260200190565b60405180910390a2505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260076020526040812054610349565b5f6060805f5f5f60606104df610a56565b6104e7610a83565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546102b5906113a7565b5f33610343818585610819565b5f81617a69148061055a575081610539145b8061056757508162aa36a7145b8061057457508162014a34145b8061058157508162066eee145b8061034957505062aa37dc1490565b834211156105cd576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024016103bd565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886106258c73ffffffffffffffffffffffffffffffffffffffff165f90815260076020526040902080546001810190915590565b60408051602081019690965273ffffffffffffffffffffffffffffffffffffffff94851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61068c82610ab0565b90505f61069b82878787610af7565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610722576040517f4b800e4600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528b1660248201526044016103bd565b61072d8a8a8a610739565b50505050505050505050565b6107468383836001610b23565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156108135781811015610805576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016103bd565b61081384848484035f610b23565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8316610868576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b73ffffffffffffffffffffffffffffffffffffffff82166108b7576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b610746838383610c68565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561092757507f000000000000000000000000000000000000000000000000000000000000000046145b1561095157507f000000000000000000000000000000000000000000000000000000000000000090565b61037b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b73ffffffffffffffffffffffffffffffffffffffff8216610a47576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b610a525f8383610c68565b5050565b606061037b7f00000000000000000000000000000000000000000000000000000000000000006005610e0f565b606061037b7f00000000000000000000000000000000000000000000000000000000000000006006610e0f565b5f610349610abc6108c2565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f610b0788888888610eb8565b925092509250610b178282610fab565b50909695505050505050565b73ffffffffffffffffffffffffffffffffffffffff8416610b72576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b73ffffffffffffffffffffffffffffffffffffffff8316610bc1576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610813578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610c5a91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610c9f578060025f828254610c94919061156b565b90915550610d4f9050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610d24576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016103bd565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff8216610d7857600280548290039055610da3565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e0291815260200190565b60405180910390a3505050565b606060ff8314610e2957610e22836110ae565b9050610349565b818054610e35906113a7565b80601f0160208091040260200160405190810160405280929190818152602001828054610e61906113a7565b8015610eac5780601f10610e8357610100808354040283529160200191610eac565b820191905f5260205f20905b815481529060010190602001808311610e8f57829003601f168201915b50505050509050610349565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610ef157505f91506003905082610fa1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610f42573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610f9857505f925060019150829050610fa1565b92505f91508190505b9450945094915050565b5f826003811115610fbe57610fbe61157e565b03610fc7575050565b6001826003811115610fdb57610fdb61157e565b03611012576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156110265761102661157e565b03611060576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016103bd565b60038260038111156110745761107461157e565b03610a52576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016103bd565b60605f6110ba836110eb565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610349576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f611189602083018461112b565b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146111b3575f5ffd5b919050565b5f5f604083850312156111c9575f5ffd5b6111d283611190565b946020939093013593505050565b5f5f5f606084860312156111f2575f5ffd5b6111fb84611190565b925061120960208501611190565b929592945050506040919091013590565b5f6020828403121561122a575f5ffd5b61118982611190565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61126d60e083018961112b565b828103604084015261127f818961112b565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156112e15783518352602093840193909201916001016112c3565b50909b9a5050505050505050505050565b5f60208284031215611302575f5ffd5b5035919050565b5f5f5f5f5f5f5f60e0888a03121561131f575f5ffd5b61132888611190565b965061133660208901611190565b95506040880135945060608801359350608088013560ff81168114611359575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611387575f5ffd5b61139083611190565b915061139e60208401611190565b90509250929050565b600181811c908216806113bb57607f821691505b6020821081036113f2577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6001815b600184111561146057808504811115611444576114446113f8565b600184161561145257908102905b60019390931c928002611429565b935093915050565b5f8261147657506001610349565b8161148257505f610349565b816001811461149857600281146114a2576114be565b6001915050610349565b60ff8411156114b3576114b36113f8565b50506001821b610349565b5060208310610133831016604e8410600b84101617156114e1575081810a610349565b61150c7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8484611425565b807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0482111561153e5761153e6113f8565b029392505050565b5f61118960ff841683611468565b8082028115828204841417610349576103496113f8565b80820180821115610349576103496113f8565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `TimelockController` (@openzeppelin/contracts/governance/TimelockController.sol). */
export const timelockControllerAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "minDelay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "proposers",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "executors",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "receive",
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "CANCELLER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "EXECUTOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "PROPOSER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "cancel",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "execute",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "payload",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "executeBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "getMinDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getOperationState",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum TimelockController.OperationState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getTimestamp",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashOperation",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "hashOperationBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "isOperation",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOperationDone",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOperationPending",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOperationReady",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "onERC1155BatchReceived",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC1155Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC721Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "schedule",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "scheduleBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "updateDelay",
    "inputs": [
      {
        "name": "newDelay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "CallExecuted",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "target",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CallSalt",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CallScheduled",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "target",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "delay",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Cancelled",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MinDelayChange",
    "inputs": [
      {
        "name": "oldDuration",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newDuration",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TimelockInsufficientDelay",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minDelay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockInvalidOperationLength",
    "inputs": [
      {
        "name": "targets",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "payloads",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "values",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnauthorizedCaller",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnexecutedPredecessor",
    "inputs": [
      {
        "name": "predecessorId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnexpectedOperationState",
    "inputs": [
      {
        "name": "operationId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "expectedStates",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  }
] as const;

/** Creation bytecode of `TimelockController`. */
export const timelockControllerBytecode = '0x608060405234801561000f575f5ffd5b5060405161223a38038061223a83398101604081905261002e916102f6565b6100385f3061017b565b506001600160a01b03811615610054576100525f8261017b565b505b5f5b83518110156100e8576100a87fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc185838151811061009557610095610375565b602002602001015161017b60201b60201c565b506100df7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78385838151811061009557610095610375565b50600101610056565b505f5b82518110156101335761012a7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6384838151811061009557610095610375565b506001016100eb565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610389565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661021b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021e565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461024e575f5ffd5b919050565b5f82601f830112610262575f5ffd5b81516001600160401b0381111561027b5761027b610224565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102a9576102a9610224565b6040529182526020818501810192908101868411156102c6575f5ffd5b6020860192505b838310156102ec576102de83610238565b8152602092830192016102cd565b5095945050505050565b5f5f5f5f60808587031215610309575f5ffd5b845160208601519094506001600160401b03811115610326575f5ffd5b61033287828801610253565b604087015190945090506001600160401b0381111561034f575f5ffd5b61035b87828801610253565b92505061036a60608601610238565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b611ea4806103965f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f146105c0578063e38335e5146105df578063f23a6e61146105f2578063f27a0c9214610636575f5ffd5b8063bc197c8114610532578063c4d252f514610576578063d45c443514610595575f5ffd5b806391d14854116100c257806391d148541461047e578063a217fddf146104cd578063b08e51c0146104e0578063b1c5f42714610513575f5ffd5b80638065657f1461040d5780638f2a0bb01461042c5780638f61f4f51461044b575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610384578063584b153e146103a357806364d62353146103c25780637958004c146103e1575f5ffd5b80632ab0f529146103275780632f2ff15d1461034657806331d5075014610365575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102f9575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d73660046114fc565b61064a565b005b3480156101e9575f5ffd5b506101fd6101f836600461156b565b61071e565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046115aa565b61072e565b348015610271575f5ffd5b506101fd610280366004611611565b610823565b348015610290575f5ffd5b506102c861029f36600461172e565b7f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602001610209565b348015610304575f5ffd5b50610245610313366004611611565b5f9081526020819052604090206001015490565b348015610332575f5ffd5b506101fd610341366004611611565b610848565b348015610351575f5ffd5b506101dc610360366004611792565b610850565b348015610370575f5ffd5b506101fd61037f366004611611565b61087a565b34801561038f575f5ffd5b506101dc61039e366004611792565b61089e565b3480156103ae575f5ffd5b506101fd6103bd366004611611565b6108fc565b3480156103cd575f5ffd5b506101dc6103dc366004611611565b610941565b3480156103ec575f5ffd5b506104006103fb366004611611565b6109da565b60405161020991906117e9565b348015610418575f5ffd5b506102456104273660046115aa565b610a22565b348015610437575f5ffd5b506101dc610446366004611869565b610a60565b348015610456575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610489575f5ffd5b506101fd610498366004611792565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b3480156104d8575f5ffd5b506102455f81565b3480156104eb575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561051e575f5ffd5b5061024561052d36600461191e565b610c02565b34801561053d575f5ffd5b506102c861054c366004611a4b565b7fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b348015610581575f5ffd5b506101dc610590366004611611565b610c46565b3480156105a0575f5ffd5b506102456105af366004611611565b5f9081526001602052604090205490565b3480156105cb575f5ffd5b506101dc6105da366004611792565b610d09565b6101dc6105ed36600461191e565b610d2d565b3480156105fd575f5ffd5b506102c861060c366004611afa565b7ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b348015610641575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067481610f07565b5f610683898989898989610a22565b905061068f8184610f14565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106ca96959493929190611b95565b60405180910390a3831561071357807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070a91815260200190565b60405180910390a25b505050505050505050565b5f61072882610fd7565b92915050565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff166107aa576107aa813361102c565b5f6107b9888888888888610a22565b90506107c581856110b5565b6107d18888888861111c565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516108089493929190611bdf565b60405180910390a36108198161119d565b5050505050505050565b5f60025b610830836109da565b6003811115610841576108416117bc565b1492915050565b5f6003610827565b5f8281526020819052604090206001015461086a81610f07565b61087483836111c8565b50505050565b5f80610885836109da565b6003811115610896576108966117bc565b141592915050565b73ffffffffffffffffffffffffffffffffffffffff811633146108ed576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f782826112c1565b505050565b5f5f610907836109da565b9050600181600381111561091d5761091d6117bc565b148061093a57506002816003811115610938576109386117bc565b145b9392505050565b33308114610998576040517fe2850c5900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036109f757505f92915050565b60018103610a085750600392915050565b42811115610a195750600192915050565b50600292915050565b5f868686868686604051602001610a3e96959493929190611b95565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610a8a81610f07565b8887141580610a995750888514155b15610ae1576040517fffb03211000000000000000000000000000000000000000000000000000000008152600481018a9052602481018690526044810188905260640161098f565b5f610af28b8b8b8b8b8b8b8b610c02565b9050610afe8184610f14565b5f5b8a811015610bb35780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610b3d57610b3d611c14565b9050602002016020810190610b529190611c41565b8d8d86818110610b6457610b64611c14565b905060200201358c8c87818110610b7d57610b7d611c14565b9050602002810190610b8f9190611c5a565b8c8b604051610ba396959493929190611b95565b60405180910390a3600101610b00565b508315610bf557807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610bec91815260200190565b60405180910390a25b5050505050505050505050565b5f8888888888888888604051602001610c22989796959493929190611d8b565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610c7081610f07565b610c79826108fc565b610cce5781610c88600261137a565b610c92600161137a565b6040517f5ead8eb5000000000000000000000000000000000000000000000000000000008152600481019390935217602482015260440161098f565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610d2381610f07565b61087483836112c1565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff16610da957610da9813361102c565b8786141580610db85750878414155b15610e00576040517fffb0321100000000000000000000000000000000000000000000000000000000815260048101899052602481018590526044810187905260640161098f565b5f610e118a8a8a8a8a8a8a8a610c02565b9050610e1d81856110b5565b5f5b89811015610ef1575f8b8b83818110610e3a57610e3a611c14565b9050602002016020810190610e4f9190611c41565b90505f8a8a84818110610e6457610e64611c14565b905060200201359050365f8a8a86818110610e8157610e81611c14565b9050602002810190610e939190611c5a565b91509150610ea38484848461111c565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610eda9493929190611bdf565b60405180910390a350505050806001019050610e1f565b50610efb8161119d565b50505050505050505050565b610f11813361102c565b50565b610f1d8261087a565b15610f675781610f2c5f61137a565b6040517f5ead8eb50000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161098f565b5f610f7160025490565b905080821015610fb7576040517f54336609000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161098f565b610fc18242611e50565b5f93845260016020526040909320929092555050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e000000000000000000000000000000000000000000000000000000000148061072857506107288261139c565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166110b1576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161098f565b5050565b6110be82610823565b6110cd5781610f2c600261137a565b80158015906110e257506110e081610848565b155b156110b1576040517f90a9a6180000000000000000000000000000000000000000000000000000000081526004810182905260240161098f565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051611146929190611e88565b5f6040518083038185875af1925050503d805f8114611180576040519150601f19603f3d011682016040523d82523d5f602084013e611185565b606091505b50915091506111948282611432565b50505050505050565b6111a681610823565b6111b55780610f2c600261137a565b5f90815260016020819052604090912055565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556112583390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610728565b505f610728565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610728565b5f81600381111561138d5761138d6117bc565b600160ff919091161b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061072857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610728565b606082611447576114428261144e565b610728565b5080610728565b80511561145d57805160208201fd5b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b803573ffffffffffffffffffffffffffffffffffffffff811681146114b2575f5ffd5b919050565b5f5f83601f8401126114c7575f5ffd5b50813567ffffffffffffffff8111156114de575f5ffd5b6020830191508360208285010111156114f5575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611512575f5ffd5b61151b8861148f565b965060208801359550604088013567ffffffffffffffff81111561153d575f5ffd5b6115498a828b016114b7565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f6020828403121561157b575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461093a575f5ffd5b5f5f5f5f5f5f60a087890312156115bf575f5ffd5b6115c88761148f565b955060208701359450604087013567ffffffffffffffff8111156115ea575f5ffd5b6115f689828a016114b7565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611621575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561169c5761169c611628565b604052919050565b5f82601f8301126116b3575f5ffd5b813567ffffffffffffffff8111156116cd576116cd611628565b6116fe60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601611655565b818152846020838601011115611712575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611741575f5ffd5b61174a8561148f565b93506117586020860161148f565b925060408501359150606085013567ffffffffffffffff81111561177a575f5ffd5b611786878288016116a4565b91505092959194509250565b5f5f604083850312156117a3575f5ffd5b823591506117b36020840161148f565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310611822577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f83601f840112611838575f5ffd5b50813567ffffffffffffffff81111561184f575f5ffd5b6020830191508360208260051b85010111156114f5575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611881575f5ffd5b893567ffffffffffffffff811115611897575f5ffd5b6118a38c828d01611828565b909a5098505060208a013567ffffffffffffffff8111156118c2575f5ffd5b6118ce8c828d01611828565b90985096505060408a013567ffffffffffffffff8111156118ed575f5ffd5b6118f98c828d01611828565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611935575f5ffd5b883567ffffffffffffffff81111561194b575f5ffd5b6119578b828c01611828565b909950975050602089013567ffffffffffffffff811115611976575f5ffd5b6119828b828c01611828565b909750955050604089013567ffffffffffffffff8111156119a1575f5ffd5b6119ad8b828c01611828565b999c989b509699959896976060870135966080013595509350505050565b5f82601f8301126119da575f5ffd5b813567ffffffffffffffff8111156119f4576119f4611628565b8060051b611a0460208201611655565b91825260208185018101929081019086841115611a1f575f5ffd5b6020860192505b83831015611a41578235825260209283019290910190611a26565b9695505050505050565b5f5f5f5f5f60a08688031215611a5f575f5ffd5b611a688661148f565b9450611a766020870161148f565b9350604086013567ffffffffffffffff811115611a91575f5ffd5b611a9d888289016119cb565b935050606086013567ffffffffffffffff811115611ab9575f5ffd5b611ac5888289016119cb565b925050608086013567ffffffffffffffff811115611ae1575f5ffd5b611aed888289016116a4565b9150509295509295909350565b5f5f5f5f5f60a08688031215611b0e575f5ffd5b611b178661148f565b9450611b256020870161148f565b93506040860135925060608601359150608086013567ffffffffffffffff811115611ae1575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff8716815285602082015260a060408201525f611bca60a083018688611b4e565b60608301949094525060800152949350505050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f611a41606083018486611b4e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215611c51575f5ffd5b61093a8261148f565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611c8d575f5ffd5b83018035915067ffffffffffffffff821115611ca7575f5ffd5b6020019150368190038213156114f5575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015611d7f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084840301885281357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1873603018112611d32575f5ffd5b860160208101903567ffffffffffffffff811115611d4e575f5ffd5b803603821315611d5c575f5ffd5b611d67858284611b4e565b60209a8b019a90955093909301925050600101611cd2565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611dd85773ffffffffffffffffffffffffffffffffffffffff611dc38461148f565b16825260209283019290910190600101611d9d565b5083810360208501528881527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff891115611e10575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611e389082018789611cbb565b60608401959095525050608001529695505050505050565b80820180821115610728577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818382375f910190815291905056fea164736f6c634300081c000a' as const;

/** ABI of `VrfSource` (src/randomness/VrfSource.sol). */
export const vrfSourceAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "coordinator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct IVrfSource.VrfConfig",
        "components": [
          {
            "name": "keyHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "subscriptionId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "requestConfirmations",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "callbackGasLimit",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "nativePayment",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "requestTimeout",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "CONSUMER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "owner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "randomness",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "ready",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "expired",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "rawFulfillRandomWords",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "randomWords",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestRandomness",
    "inputs": [],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "s_vrfCoordinator",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IVRFCoordinatorV2Plus"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setCoordinator",
    "inputs": [
      {
        "name": "_vrfCoordinator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "vrfConfig",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IVrfSource.VrfConfig",
        "components": [
          {
            "name": "keyHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "subscriptionId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "requestConfirmations",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "callbackGasLimit",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "nativePayment",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "requestTimeout",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "vrfRequestId",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "CoordinatorSet",
    "inputs": [
      {
        "name": "vrfCoordinator",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferRequested",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessFulfilled",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessLateFulfillmentIgnored",
    "inputs": [
      {
        "name": "vrfRequestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "commitment",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "OnlyCoordinatorCanFulfill",
    "inputs": [
      {
        "name": "have",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "want",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OnlyOwnerOrCoordinator",
    "inputs": [
      {
        "name": "have",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "coordinator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessNotConsumer",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessUnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessVrfConfigInvalid",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  }
] as const;

/** Creation bytecode of `VrfSource`. */
export const vrfSourceBytecode = '0x608060405234801561000f575f5ffd5b506040516118e23803806118e283398101604081905261002e916103d8565b8233805f816100845760405162461bcd60e51b815260206004820152601860248201527f43616e6e6f7420736574206f776e657220746f207a65726f000000000000000060448201526064015b60405180910390fd5b5f80546001600160a01b0319166001600160a01b03848116919091179091558116156100b3576100b3816101c6565b5050506001600160a01b0381166100dd5760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b039290921691909117905560a082015115806101165750606082015163ffffffff16155b1561013457604051630d626ac560e41b815260040160405180910390fd5b8151600455602082015160055560408201516006805460608501516080860151151566010000000000000260ff60301b1963ffffffff909216620100000265ffffffffffff1990931661ffff90951694909417919091171691909117905560a08201516007556101a45f8261026e565b506001600160a01b03811633146101be576101be8161031b565b5050506104a0565b336001600160a01b0382160361021e5760405162461bcd60e51b815260206004820152601760248201527f43616e6e6f74207472616e7366657220746f2073656c66000000000000000000604482015260640161007b565b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917fed8889f560326eb138920d842192f0eb3dd22b4f139c87a2c57538e05bae12789190a350565b5f8281526003602090815260408083206001600160a01b038516845290915281205460ff16610312575f8381526003602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102ca3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610315565b505f5b92915050565b61032361032f565b61032c816101c6565b50565b5f546001600160a01b031633146103885760405162461bcd60e51b815260206004820152601660248201527f4f6e6c792063616c6c61626c65206279206f776e657200000000000000000000604482015260640161007b565b565b80516001600160a01b03811681146103a0575f5ffd5b919050565b805161ffff811681146103a0575f5ffd5b805163ffffffff811681146103a0575f5ffd5b805180151581146103a0575f5ffd5b5f5f5f8385036101008112156103ec575f5ffd5b6103f58561038a565b935060c0601f1982011215610408575f5ffd5b5060405160c081016001600160401b038111828210171561043757634e487b7160e01b5f52604160045260245ffd5b604090815260208681015183529086015190820152610458606086016103a5565b6040820152610469608086016103b6565b606082015261047a60a086016103c9565b608082015260c085015160a0820152915061049760e0850161038a565b90509250925092565b611435806104ad5f395ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c80638da5cb5b116100ad578063a217fddf1161007d578063d547741f11610063578063d547741f146103e7578063f2fde38b146103fa578063f8413b071461040d575f5ffd5b8063a217fddf146102fd578063aa85448114610304575f5ffd5b80638da5cb5b146102475780638ea981171461028557806391d14854146102985780639eccacf6146102dd575f5ffd5b80632f2ff15d116101025780634bc02da6116100e85780634bc02da6146101f657806379ba50971461021d57806387945cc514610225575f5ffd5b80632f2ff15d146101d057806336568abe146101e3575f5ffd5b806301ffc9a7146101335780631b1d5b271461015b5780631fe543e31461018b578063248a9ca3146101a0575b5f5ffd5b61014661014136600461118a565b610415565b60405190151581526020015b60405180910390f35b61016e6101693660046111d0565b6104ad565b604080519315158452911515602084015290820152606001610152565b61019e6101993660046111e7565b61054c565b005b6101c26101ae3660046111d0565b5f9081526003602052604090206001015490565b604051908152602001610152565b61019e6101de366004611289565b6105cf565b61019e6101f1366004611289565b6105f9565b6101c27f9d56108290ea0bc9c5c59c3ad357dca9d1b29ed7f3ae1443bef2fa2159bdf5e881565b61019e610652565b6101c26102333660046111d0565b5f9081526008602052604090206001015490565b5f5473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610152565b61019e6102933660046112b3565b61074e565b6101466102a6366004611289565b5f91825260036020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6002546102609073ffffffffffffffffffffffffffffffffffffffff1681565b6101c25f81565b6103906040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c0810182526004548152600554602082015260065461ffff81169282019290925262010000820463ffffffff166060820152660100000000000090910460ff161515608082015260075460a082015290565b60405161015291905f60c082019050825182526020830151602083015261ffff604084015116604083015263ffffffff606084015116606083015260808301511515608083015260a083015160a083015292915050565b61019e6103f5366004611289565b6108d6565b61019e6104083660046112b3565b6108fa565b6101c261090e565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806104a757507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f81815260086020526040812080548291829167ffffffffffffffff16820361050a576040517ffcd62b04000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b805468010000000000000000900460ff16156105325760020154600193505f92509050610545565b5f61053c82610b6a565b5f935093509350505b9193909250565b60025473ffffffffffffffffffffffffffffffffffffffff1633146105bf576002546040517f1cf993f400000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff9091166024820152604401610501565b6105ca838383610b8c565b505050565b5f828152600360205260409020600101546105e981610cb6565b6105f38383610cc0565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610648576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105ca8282610dbd565b60015473ffffffffffffffffffffffffffffffffffffffff1633146106d3576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601660248201527f4d7573742062652070726f706f736564206f776e6572000000000000000000006044820152606401610501565b5f8054337fffffffffffffffffffffffff00000000000000000000000000000000000000008083168217845560018054909116905560405173ffffffffffffffffffffffffffffffffffffffff90921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b5f5473ffffffffffffffffffffffffffffffffffffffff16331480159061078d575060025473ffffffffffffffffffffffffffffffffffffffff163314155b1561081057336107b15f5473ffffffffffffffffffffffffffffffffffffffff1690565b6002546040517f061db9c100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff93841660048201529183166024830152919091166044820152606401610501565b73ffffffffffffffffffffffffffffffffffffffff811661085d576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527fd1a6a14209a385a964d036e404cb5cfb71f4000cdb03c9366292430787261be69060200160405180910390a150565b5f828152600360205260409020600101546108f081610cb6565b6105f38383610dbd565b610902610e7a565b61090b81610efc565b50565b335f9081527f8b1391b4dde36e978f77c50fbe8d172ff268afba3a0a9e8445022770148b4062602052604081205460ff16610977576040517f7283e74b000000000000000000000000000000000000000000000000000000008152336004820152602401610501565b6002546040805160c08101825260048054825260055460208084019190915260065461ffff81168486015262010000810463ffffffff166060850152600160808501528451918201909452660100000000000090930460ff1615158352925f9273ffffffffffffffffffffffffffffffffffffffff90911691639b1c385e9160a0820190610a0490610ff0565b8152506040518263ffffffff1660e01b8152600401610a2391906112cc565b6020604051808303815f875af1158015610a3f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a63919061136d565b9050600a5f8154610a73906113b1565b91905081905592506040518060800160405280610a8f426110ac565b67ffffffffffffffff90811682525f602080840182905260408085018790526060948501839052888352600882528083208651815488850151151568010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090911691909616179490941784558581015160018501559490930151600290920191909155838152600990915281902084905551339084907f9cbe10499828304338b5191b737406d750036395ab0a1015c8c14b2f6e1046d590610b5d9085815260200190565b60405180910390a3505090565b60075481545f91610b849167ffffffffffffffff166113e8565b421192915050565b5f838152600960209081526040808320548084526008909252909120811580610bc25750805468010000000000000000900460ff165b80610bd15750610bd181610b6a565b80610bda575082155b15610c105760405185907f7deb28b7daa9c3792122ba28bf792971e19d5847bdfbf30fed8a98bdefea30a5905f90a25050505050565b80547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff166801000000000000000017815583835f81610c5157610c516113fb565b6020029190910135600283015550817f546aca7b2683440b8f02fa95faeb8efc79dd0f16af3d815a002742ea6f76116c85855f81610c9157610c916113fb565b90506020020135604051610ca791815260200190565b60405180910390a25050505050565b61090b81336110ff565b5f82815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610db6575f83815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610d543390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104a7565b505f6104a7565b5f82815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610db6575f83815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104a7565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610efa576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601660248201527f4f6e6c792063616c6c61626c65206279206f776e6572000000000000000000006044820152606401610501565b565b3373ffffffffffffffffffffffffffffffffffffffff821603610f7b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601760248201527f43616e6e6f74207472616e7366657220746f2073656c660000000000000000006044820152606401610501565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8381169182179092555f8054604051929316917fed8889f560326eb138920d842192f0eb3dd22b4f139c87a2c57538e05bae12789190a350565b60607f92fd13387c7fe7befbc38d303d6468778fb9731bc4583f17d92989c6fcfdeaaa8260405160240161102991511515815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff000000000000000000000000000000000000000000000000000000009093169290921790915292915050565b5f67ffffffffffffffff8211156110fb57604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610501565b5090565b5f82815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611186576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610501565b5050565b5f6020828403121561119a575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146111c9575f5ffd5b9392505050565b5f602082840312156111e0575f5ffd5b5035919050565b5f5f5f604084860312156111f9575f5ffd5b83359250602084013567ffffffffffffffff811115611216575f5ffd5b8401601f81018613611226575f5ffd5b803567ffffffffffffffff81111561123c575f5ffd5b8660208260051b8401011115611250575f5ffd5b939660209190910195509293505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611284575f5ffd5b919050565b5f5f6040838503121561129a575f5ffd5b823591506112aa60208401611261565b90509250929050565b5f602082840312156112c3575f5ffd5b6111c982611261565b60208152815160208201526020820151604082015261ffff604083015116606082015263ffffffff606083015116608082015263ffffffff60808301511660a08201525f60a083015160c08084015280518060e0850152806020830161010086015e5f61010082860101526101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168501019250505092915050565b5f6020828403121561137d575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036113e1576113e1611384565b5060010190565b808201808211156104a7576104a7611384565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `WitnessRegistry` (src/WitnessRegistry.sol). */
export const witnessRegistryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "minimumStake_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "unstakeCooldown_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "CLAIMS_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_DRAW_COUNT",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_EXCLUDED",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_REGION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "draw",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "witnesses",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "drawAt",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "witnesses",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "eligibleAt",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eligibleAtBlock",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eligibleCount",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eligibleCountAt",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "lock",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "lockedFor",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minimumStake",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestUnstake",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slash",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "slashed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "stake",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalStaked",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unlock",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unstakeCooldown",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawStake",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "witnessInfo",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "stakeAmount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "locked",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "eligible",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "unstakeAvailableAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakeLocked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakeSlashed",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakeUnlocked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessDrawRequested",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestedRegion",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "count",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessEligibilityChanged",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "eligible",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessStaked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "totalStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessUnstakeRequested",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "availableAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessWithdrew",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessesDrawn",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "eligible",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "witnesses",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "CheckpointUnorderedInsertion",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessAlreadyRegistered",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessAmountZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "WitnessCooldownActive",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "availableAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessDrawCountInvalid",
    "inputs": [
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessIndexOutOfRange",
    "inputs": [
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessInvalidConfiguration",
    "inputs": []
  },
  {
    "type": "error",
    "name": "WitnessNotEnoughEligible",
    "inputs": [
      {
        "name": "eligible",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessNotRegistered",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessRegionInvalid",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessRegionMismatch",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "registered",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "given",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessSnapshotNotPast",
    "inputs": [
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "currentBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessStakeInsufficient",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "free",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessStakeLocked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "locked",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessStakeTooLow",
    "inputs": [
      {
        "name": "stake",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessTooManyExcluded",
    "inputs": [
      {
        "name": "given",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessUnstakeNotRequested",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessUnstakePending",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "availableAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `WitnessRegistry`. */
export const witnessRegistryBytecode = '0x60e060405234801561000f575f5ffd5b506040516132cb3803806132cb83398101604081905261002e916101e2565b6001600160a01b038416158061004b57506001600160a01b038116155b80610054575082155b1561007257604051632b90054560e11b815260040160405180910390fd5b61007b836100b1565b50610085826100ed565b506001600160a01b03841660805260a083905260c08290526100a75f82610122565b505050505061022b565b5f6001600160801b038211156100e9576040516306dfcc6560e41b815260806004820152602481018390526044015b60405180910390fd5b5090565b5f6001600160401b038211156100e957604080516306dfcc6560e41b81526004810191909152602481018390526044016100e0565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101c2575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561017a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101c5565b505f5b92915050565b6001600160a01b03811681146101df575f5ffd5b50565b5f5f5f5f608085870312156101f5575f5ffd5b8451610200816101cb565b6020860151604087015160608801519296509094509250610220816101cb565b939692955090935050565b60805160a05160c05161303e61028d5f395f81816103c601526115a401525f81816104a9015281816107ec0152818161084101528181610af40152610ea301525f818161050a01528181610a6801528181610ef4015261119c015261303e5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806391d14854116100fe578063d547741f1161009e578063f1c1f37b1161006e578063f1c1f37b146104cb578063f30891d9146104de578063fc0c546a14610505578063fc63958e1461052c575f5ffd5b8063d547741f14610476578063e2ab691d14610489578063e978f9e71461049c578063ec5ffac2146104a4575f5ffd5b8063b61e7074116100d9578063b61e707414610440578063bed9d86114610453578063c32208e71461045b578063c7bb362714610463575f5ffd5b806391d14854146103f0578063a217fddf14610426578063a22233411461042d575f5ffd5b80635d0725f0116101695780637b0472f0116101445780637b0472f01461039b5780637eee288d146103ae5780637eefd5ae146103c1578063817b1cd2146103e8575f5ffd5b80635d0725f0146102b357806362ccd5af146102c65780636e596231146102e6575f5ffd5b8063248a9ca3116101a4578063248a9ca3146102605780632f2ff15d1461028257806332d665b91461029757806336568abe146102a0575f5ffd5b806301ffc9a7146101ca5780631590a376146101f25780632352bc0814610235575b5f5ffd5b6101dd6101d8366004612abd565b610534565b60405190151581526020015b60405180910390f35b610227610200366004612b17565b6001600160a01b03919091165f908152600260209081526040808320938352929052205490565b6040519081526020016101e9565b610248610243366004612b3f565b6105cc565b6040516001600160a01b0390911681526020016101e9565b61022761026e366004612b68565b5f9081526020819052604090206001015490565b610295610290366004612b7f565b610657565b005b61022761ffff81565b6102956102ae366004612b7f565b610681565b6102276102c1366004612b68565b6106d2565b6102d96102d4366004612bf1565b6106e4565b6040516101e99190612c9e565b6103716102f4366004612cb0565b6001600160a01b03165f90815260016020819052604090912080549101546fffffffffffffffffffffffffffffffff80831693700100000000000000000000000000000000909304169168010000000000000000820461ffff16916b010000000000000000000000810460ff169167ffffffffffffffff90911690565b6040805195865260208601949094529284019190915215156060830152608082015260a0016101e9565b6102956103a9366004612cc9565b61076e565b6102956103bc366004612b17565b610b34565b6102277f000000000000000000000000000000000000000000000000000000000000000081565b600754610227565b6101dd6103fe366004612b7f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6102275f81565b61022761043b366004612ce9565b610c88565b61022761044e366004612cc9565b610f30565b610227610f4c565b610227601081565b6102d9610471366004612d1f565b6111cf565b610295610484366004612b7f565b611216565b610295610497366004612d83565b61123a565b610227602081565b6102277f000000000000000000000000000000000000000000000000000000000000000081565b6102486104d9366004612cc9565b6114af565b6102277f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e925629281565b6102487f000000000000000000000000000000000000000000000000000000000000000081565b6102956114e2565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105c657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f5f6105d78561166a565b90505f6105e38461168b565b90506105ef82826116da565b8510610640578461060083836116da565b6040517f9ac73563000000000000000000000000000000000000000000000000000000008152600481019290925260248201526044015b60405180910390fd5b61064b8286836116e5565b925050505b9392505050565b5f828152602081905260409020600101546106718161170f565b61067b838361171c565b50505050565b6001600160a01b03811633146106c3576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106cd82826117e1565b505050565b5f6105c66106df8361166a565b611880565b60607f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e92562926107108161170f565b438310610752576040517f64803c0000000000000000000000000000000000000000000000000000000000815260048101849052436024820152604401610637565b610761898989898989896118ac565b9998505050505050505050565b610776611acc565b801580610784575061ffff81115b156107be576040517f1d592c1c00000000000000000000000000000000000000000000000000000000815260048101829052602401610637565b335f9081526001602081905260408220908101549091906a0100000000000000000000900460ff166108d2577f000000000000000000000000000000000000000000000000000000000000000084101561086d576040517fe9f7dbb9000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610637565b506001810180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a0100000000000000000000179055826108af83611b54565b8260010160086101000a81548161ffff021916908361ffff1602179055506109fc565b835f0361090b576040517f1789bcf200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600182015468010000000000000000900461ffff16831461097c5760018201546040517f13fba2490000000000000000000000000000000000000000000000000000000081523360048201526801000000000000000090910461ffff16602482015260448101849052606401610637565b600182015467ffffffffffffffff16156109da5760018201546040517f0e62f13700000000000000000000000000000000000000000000000000000000815233600482015267ffffffffffffffff9091166024820152604401610637565b81546109f99085906fffffffffffffffffffffffffffffffff16612de0565b90505b610a0581611b9b565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff91909116178255600780548591905f90610a55908490612de0565b90915550610a9090506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087611bf0565b604080518581526020810183905290810184905233907f7e9d8977e84515b7ad5481040f55a2032ad1e60400aa56c783eda0c5acee58d39060600160405180910390a260018201546b010000000000000000000000900460ff16158015610b1757507f00000000000000000000000000000000000000000000000000000000000000008110155b15610b2657610b263383611c6c565b5050610b30611d33565b5050565b7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e9256292610b5e8161170f565b6001600160a01b0383165f90815260026020908152604080832085845290915281205490819003610b8f5750505050565b6001600160a01b0384165f908152600260209081526040808320868452909152812055610bbb81611b9b565b6001600160a01b0385165f9081526001602052604090208054601090610c0890849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612df3565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555082846001600160a01b03167fdf5af837f66db7762831413c3f9b4c182c93a5aea5d464a102fba9581a9421c083604051610c7a91815260200190565b60405180910390a350505050565b5f7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e9256292610cb38161170f565b610cbb611acc565b6001600160a01b0386165f908152600260209081526040808320888452909152902054808510610ceb5780610ced565b845b9250825f03610cff575f925050610f1f565b6001600160a01b0387165f908152600160205260409020610d208483612e1b565b6001600160a01b0389165f9081526002602090815260408083208b8452909152812091909155610d4f85611b9b565b825490915081908390601090610d8c90849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612df3565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555080825f015f8282829054906101000a90046fffffffffffffffffffffffffffffffff16610def9190612df3565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508460075f828254610e369190612e1b565b9091555050604080518681526020810188905289916001600160a01b038c16917fbaef774b268b677fc8f0c0804153dc964bd3a20df480a75f9507f5248cddafe2910160405180910390a360018201546b010000000000000000000000900460ff168015610ed8575081547f00000000000000000000000000000000000000000000000000000000000000006fffffffffffffffffffffffffffffffff909116105b15610ee757610ee78983611d5d565b610f1b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163387611e0d565b5050505b610f27611d33565b50949350505050565b5f610650610f3d8361168b565b610f468561166a565b906116da565b5f610f55611acc565b335f908152600160208190526040909120908101546a0100000000000000000000900460ff16610fb3576040517fbb8a64e8000000000000000000000000000000000000000000000000000000008152336004820152602401610637565b600181015467ffffffffffffffff165f03610ffc576040517ff9e27268000000000000000000000000000000000000000000000000000000008152336004820152602401610637565b600181015467ffffffffffffffff1642101561105c5760018101546040517f95fc2f7a00000000000000000000000000000000000000000000000000000000815233600482015267ffffffffffffffff9091166024820152604401610637565b805470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16156110eb5780546040517fb55b56b40000000000000000000000000000000000000000000000000000000081523360048201527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff166024820152604401610637565b8054600780546fffffffffffffffffffffffffffffffff909216935083915f90611116908490612e1b565b9091555050335f818152600160208190526040808320928355910180547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169055517f29987a649bd81ab2cee24aa4bc8ba23c0675f970f621cce48d515bf78fb6baca906111879085815260200190565b60405180910390a26111c36001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384611e0d565b506111cc611d33565b90565b60607f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e92562926111fb8161170f565b61120a888888888888436118ac565b98975050505050505050565b5f828152602081905260409020600101546112308161170f565b61067b83836117e1565b7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e92562926112648161170f565b6001600160a01b0384165f908152600160208190526040909120908101546a0100000000000000000000900460ff166112d4576040517fbb8a64e80000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610637565b825f0361130d576040517f1789bcf200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80545f90611343906fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169116612df3565b6fffffffffffffffffffffffffffffffff169050808411156113aa576040517ff2d827430000000000000000000000000000000000000000000000000000000081526001600160a01b03871660048201526024810182905260448101859052606401610637565b6113b384611b9b565b825483906010906113eb90849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612e2e565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508360025f886001600160a01b03166001600160a01b031681526020019081526020015f205f8781526020019081526020015f205f8282546114629190612de0565b909155505060405184815285906001600160a01b038816907fa5ae833d0bb1dcd632d98a8b70973e8516812898e19bf27b70071ebc8dc52c019060200160405180910390a3505050505050565b5f6114bc6106df8461166a565b82106114cf57816106006106df8561166a565b610650826114dc8561166a565b90611e3e565b335f908152600160208190526040909120908101546a0100000000000000000000900460ff16611540576040517fbb8a64e8000000000000000000000000000000000000000000000000000000008152336004820152602401610637565b600181015467ffffffffffffffff161561159e5760018101546040517f0e62f13700000000000000000000000000000000000000000000000000000000815233600482015267ffffffffffffffff9091166024820152604401610637565b5f6115c97f000000000000000000000000000000000000000000000000000000000000000042612de0565b90506115d481611e7b565b6001830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9290921691909117905560405181815233907f62a179ea3481642c6ac15f29f35da9003fa1df56e564d1173b42e8643583abc49060200160405180910390a260018201546b010000000000000000000000900460ff1615610b3057610b303383611d5d565b5f8115611683575f8281526003602052604090206105c6565b600492915050565b5f65ffffffffffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610637565b5090565b5f6106508383611eca565b5f8281526001840160205260408120611707906117029084611eca565b611fac565b949350505050565b6117198133611ff8565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166117da575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556117923390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105c6565b505f6105c6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156117da575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105c6565b5f61188a82612063565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1692915050565b60608215806118bb5750601083115b156118fc576040517f2f3b4eb80000000000000000000000000000000000000000000000000000000081526004810184905260106024820152604401610637565b6020841115611941576040517f3d0220d30000000000000000000000000000000000000000000000000000000081526004810185905260206024820152604401610637565b61ffff861115611980576040517f1d592c1c00000000000000000000000000000000000000000000000000000000815260048101879052602401610637565b5f61198a8361168b565b9050865f6119978261166a565b905088158015906119e55750856119e38989808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525086939250889150506120bd565b105b156119f157505f905060045b611a368a8c8a8a808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508795949392508c9150899050612153565b93508a7e60578f4a4fa6a7806d76571539bcac792ef15d4edd48d8816453ffab9c624e8a888b8b8a604051611a6f959493929190612e56565b60405180910390a28a7ff2cf93bf1b92b24f85736d084edfb812425b834a8849f87af4bf35b96d9c23948b84611aa585886116da565b88604051611ab69493929190612eb9565b60405180910390a2505050979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b25576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611b5260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122f7565b565b5f61ffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526010600482015260248101839052604401610637565b5f6fffffffffffffffffffffffffffffffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610637565b6040516001600160a01b03848116602483015283811660448301526064820183905261067b9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506122fe565b6001810180547fffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffff166b010000000000000000000000179081905561ffff68010000000000000000909104165f908152600360205260409020611cce9083612383565b611cd9600483612383565b60018181015460405191825268010000000000000000900461ffff16906001600160a01b038416907fe25c28cbd540db4aae6249e845e6748744e63699b3a78169537902e2b809b959906020015b60405180910390a35050565b611b525f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611b4c565b6001810180547fffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffff169081905568010000000000000000900461ffff165f908152600360205260409020611db0908361243a565b611dbb60048361243a565b60018101546040515f81526801000000000000000090910461ffff16906001600160a01b038416907fe25c28cbd540db4aae6249e845e6748744e63699b3a78169537902e2b809b95990602001611d27565b6040516001600160a01b038381166024830152604482018390526106cd91859182169063a9059cbb90606401611c25565b5f818152600183016020526040812061065090611e5a90612063565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16611fac565b5f67ffffffffffffffff8211156116d657604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610637565b5f5f611ed4845490565b90505f5b600881108015611ee757508115155b15611f6d575f611f0a611f03611efe600186612e1b565b6125b4565b87906125fd565b90508465ffffffffffff16815f015165ffffffffffff1611611f50576020015179ffffffffffffffffffffffffffffffffffffffffffffffffffff1692506105c6915050565b611f5983612ee7565b92505080611f6690612f1b565b9050611ed8565b50805f03611f7e575f9150506105c6565b611f888484612680565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f6001600160a01b038211156116d6576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260a0600482015260248101839052604401610637565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610b30576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610637565b80545f9080156120b5576120898361207c600184612e1b565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610650565b5f9392505050565b5f5f5f5b8451811015612134576120ee868683815181106120e0576120e0612f52565b6020026020010151866126de565b801561211b5750612119858287848151811061210c5761210c612f52565b602002602001015161270b565b155b1561212c5761212982612f1b565b91505b6001016120c1565b508061214086856116da565b61214a9190612e1b565b95945050505050565b60605f6121618886856120bd565b9050838110156121a7576040517f1fe685e90000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610637565b5f6121b289856116da565b90508467ffffffffffffffff8111156121cd576121cd612f7f565b6040519080825280602002602001820160405280156121f6578160200160208202803683370190505b5092505f5f5b868110156122e9575f5f5f5b60088110156122595761221d8d8d8789612764565b915061222885612f1b565b94505f6122368f848c6116e5565b9050612244818d8b886127a5565b15612250579250612259565b50600101612208565b5060015b6001600160a01b0383166122b3575f61228b8f8861227b8587612de0565b6122859190612fd9565b8c6116e5565b9050612299818d8b886127a5565b156122a2578093505b506122ac81612f1b565b905061225d565b50818784815181106122c7576122c7612f52565b6001600160a01b039092166020928302919091019091015250506001016121fc565b505050509695505050505050565b80825d5050565b5f5f60205f8451602086015f885af18061231d576040513d5f823e3d81fd5b50505f513d91508115612334578060011415612341565b6001600160a01b0384163b155b1561067b576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610637565b5f61238d4361168b565b90505f61239984612063565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff165f81815260018601602052604090209091506123db90836001600160a01b03861661280a565b506124159050826123f56123f0846001612de0565b612824565b6001600160a01b0386165f9081526002880160205260409020919061280a565b5061243290508261242a6123f0846001612de0565b86919061280a565b505050505050565b5f6124444361168b565b90505f600161245285612063565b61245c9190612fec565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690505f60016124aa866002015f876001600160a01b03166001600160a01b031681526020019081526020015f20612063565b6124b49190612fec565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169050818114612570575f82815260018601602052604081206124f190612063565b5f838152600188016020526040902090915061250e90858361280a565b5061256c9050846125236123f0856001612de0565b886002015f61254d8679ffffffffffffffffffffffffffffffffffffffffffffffffffff16611fac565b6001600160a01b0316815260208101919091526040015f20919061280a565b5050505b6001600160a01b0384165f908152600286016020526040812061259491859061280a565b50506125ab836125a384612824565b87919061280a565b50505050505050565b5f63ffffffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526020600482015260248101839052604401610637565b604080518082019091525f8082526020820152825f018263ffffffff168154811061262a5761262a612f52565b5f9182526020918290206040805180820190915291015465ffffffffffff811682526601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16918101919091529392505050565b81545f908161269185858385612883565b905080156126d4576126a88561207c600184612e1b565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661214a565b5f95945050505050565b6001600160a01b0382165f90815260028401602052604081206127019083611eca565b1515949350505050565b5f5f5b8381101561275a57826001600160a01b031685828151811061273257612732612f52565b60200260200101516001600160a01b031603612752576001915050610650565b60010161270e565b505f949350505050565b6040805160208101869052908101849052606081018390525f908290608001604051602081830303815290604052805190602001205f1c61214a9190612fd9565b5f5f5b84518110156127f457856001600160a01b03168582815181106127cd576127cd612f52565b60200260200101516001600160a01b0316036127ec575f915050611707565b6001016127a8565b5061280083838761270b565b1595945050505050565b5f806128178585856128e2565b915091505b935093915050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff8211156116d6576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d0600482015260248101839052604401610637565b5f5b818310156128da575f6128988484612aa3565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff1611156128c6578092506128d4565b6128d1816001612de0565b93505b50612885565b509392505050565b82545f9081908015612a33575f6128fe8761207c600185612e1b565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612970576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036129bf57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355612a25565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061281c92505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a815291822095519251909316660100000000000002919093161792019190915590508161281c565b5f612ab1600284841861301e565b61065090848416612de0565b5f60208284031215612acd575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610650575f5ffd5b80356001600160a01b0381168114612b12575f5ffd5b919050565b5f5f60408385031215612b28575f5ffd5b612b3183612afc565b946020939093013593505050565b5f5f5f60608486031215612b51575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215612b78575f5ffd5b5035919050565b5f5f60408385031215612b90575f5ffd5b82359150612ba060208401612afc565b90509250929050565b5f5f83601f840112612bb9575f5ffd5b50813567ffffffffffffffff811115612bd0575f5ffd5b6020830191508360208260051b8501011115612bea575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215612c07575f5ffd5b873596506020880135955060408801359450606088013567ffffffffffffffff811115612c32575f5ffd5b612c3e8a828b01612ba9565b989b979a50959895979660808701359660a0013595509350505050565b5f8151808452602084019350602083015f5b82811015612c945781516001600160a01b0316865260209586019590910190600101612c6d565b5093949350505050565b602081525f6106506020830184612c5b565b5f60208284031215612cc0575f5ffd5b61065082612afc565b5f5f60408385031215612cda575f5ffd5b50508035926020909101359150565b5f5f5f5f60808587031215612cfc575f5ffd5b612d0585612afc565b966020860135965060408601359560600135945092505050565b5f5f5f5f5f5f60a08789031215612d34575f5ffd5b863595506020870135945060408701359350606087013567ffffffffffffffff811115612d5f575f5ffd5b612d6b89828a01612ba9565b979a9699509497949695608090950135949350505050565b5f5f5f60608486031215612d95575f5ffd5b612d9e84612afc565b95602085013595506040909401359392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156105c6576105c6612db3565b6fffffffffffffffffffffffffffffffff82811682821603908111156105c6576105c6612db3565b818103818111156105c6576105c6612db3565b6fffffffffffffffffffffffffffffffff81811683821601908111156105c6576105c6612db3565b8581526020810185905260806040820181905281018390525f8460a08301825b86811015612ea4576001600160a01b03612e8f84612afc565b16825260209283019290910190600101612e76565b50606093909301939093525095945050505050565b848152836020820152826040820152608060608201525f612edd6080830184612c5b565b9695505050505050565b5f81612ef557612ef5612db3565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612f4b57612f4b612db3565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612fe757612fe7612fac565b500690565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff82811682821603908111156105c6576105c6612db3565b5f8261302c5761302c612fac565b50049056fea164736f6c634300081c000a' as const;

/** Every deployable contract, by name. */
export const contracts = {
  ClaimParameters: { abi: claimParametersAbi, bytecode: claimParametersBytecode },
  ClaimsManager: { abi: claimsManagerAbi, bytecode: claimsManagerBytecode },
  FraudReports: { abi: fraudReportsAbi, bytecode: fraudReportsBytecode },
  MutualPool: { abi: mutualPoolAbi, bytecode: mutualPoolBytecode },
  PrevrandaoSource: { abi: prevrandaoSourceAbi, bytecode: prevrandaoSourceBytecode },
  TestStablecoin: { abi: testStablecoinAbi, bytecode: testStablecoinBytecode },
  TimelockController: { abi: timelockControllerAbi, bytecode: timelockControllerBytecode },
  VrfSource: { abi: vrfSourceAbi, bytecode: vrfSourceBytecode },
  WitnessRegistry: { abi: witnessRegistryAbi, bytecode: witnessRegistryBytecode },
} as const;
